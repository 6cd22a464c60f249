package org.thyrobank.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;

class ImportedFilesTests {

    static List<TestDatabases.Server> servers() {
        return TestDatabases.servers();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aFileIsUnchangedOnlyWithTheSameChecksumAtTheSamePath(TestDatabases.Server server) {
        try (TestApplication app = TestApplication.start(server)) {
            ImportedFiles register = app.bean(ImportedFiles.class);
            BundleFile first = new BundleFile(contentFile("x"), "clinical/patients.csv", "a".repeat(64), 10);
            BundleFile edited = new BundleFile(contentFile("x"), "clinical/patients.csv", "b".repeat(64), 11);
            assertThat(register.wasImported(first)).isFalse();
            register.record(first, BundlePart.CLINICAL, "tester");
            assertThat(register.isUnchanged(first)).isTrue();
            assertThat(register.isUnchanged(edited)).isFalse();
            assertThat(register.wasImported(edited)).isTrue();
            register.record(edited, BundlePart.CLINICAL, "tester");
            assertThat(register.isUnchanged(edited)).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void everyNewContentIsAVersionThatRecordsWhatItReplacedAndWhoImportedIt(TestDatabases.Server server) {
        try (TestApplication app = TestApplication.start(server)) {
            ImportedFiles register = app.bean(ImportedFiles.class);
            String path = "clinical/patients.csv";
            BundleFile first = new BundleFile(contentFile("x"), path, "a".repeat(64), 10);
            BundleFile corrected = new BundleFile(contentFile("x"), path, "b".repeat(64), 11);
            BundleFile other = new BundleFile(contentFile("y"), "qpcr/PL01.csv", "c".repeat(64), 12);
            assertThat(register.dataVersion()).isZero();

            register.record(first, BundlePart.CLINICAL, "cli:alice");
            register.record(other, BundlePart.QPCR, "lab");
            assertThat(register.dataVersion()).isEqualTo(2);
            // the clinical folder is recorded whole, unchanged files too: the same content adds no version
            register.record(first, BundlePart.CLINICAL, "cli:bob");
            assertThat(register.dataVersion()).isEqualTo(2);
            register.record(corrected, BundlePart.CLINICAL, "cli:bob");
            assertThat(register.dataVersion()).isEqualTo(3);

            assertThat(register.history(path))
                    .extracting(
                            FileVersion::sha256,
                            FileVersion::importedBy,
                            FileVersion::outcome,
                            FileVersion::replacesSha256)
                    .containsExactly(
                            tuple("a".repeat(64), "cli:alice", "IMPORTED", null),
                            tuple("b".repeat(64), "cli:bob", "REPLACED", "a".repeat(64)));
            assertThat(register.current())
                    .extracting(FileVersion::path, FileVersion::sha256)
                    .containsExactly(tuple(path, "b".repeat(64)), tuple("qpcr/PL01.csv", "c".repeat(64)));
            assertThat(register.history(path).get(1).importedAt()).isNotNull();
        }
    }

    @TempDir
    static Path contents;

    /** A file on disk for the register to keep the bytes of (the tests give it a made-up SHA-256). */
    private static Path contentFile(String name) {
        try {
            return Files.writeString(contents.resolve(name), "content of " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
