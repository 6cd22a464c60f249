package org.thyrobank.platform.status;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.thyrobank.platform.importing.BundleFile;
import org.thyrobank.platform.importing.BundlePart;
import org.thyrobank.platform.importing.ImportedFiles;

class StatusQueriesTests {

    static List<TestDatabases.Server> servers() {
        return TestDatabases.servers();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void theLastImportedFilesComeNewestFirstWithTheirChecksumAndSize(TestDatabases.Server server) {
        try (TestApplication app = TestApplication.start(server)) {
            ImportedFiles register = app.bean(ImportedFiles.class);
            register.record(
                    new BundleFile(contentFile("x"), "clinical/patients.csv", "a".repeat(64), 10),
                    BundlePart.CLINICAL,
                    "tester");
            register.record(
                    new BundleFile(contentFile("y"), "qpcr/PL01.csv", "b".repeat(64), 20), BundlePart.QPCR, "tester");
            StatusQueries status = app.bean(StatusQueries.class);
            assertThat(status.lastImportedFiles(1)).singleElement().satisfies(f -> {
                assertThat(f.relativePath()).isEqualTo("qpcr/PL01.csv");
                assertThat(f.kind()).isEqualTo("QPCR");
                assertThat(f.sha256()).isEqualTo("b".repeat(64));
                assertThat(f.sizeBytes()).isEqualTo(20);
                assertThat(f.importedAt()).isNotNull();
            });
            assertThat(status.lastImportedFiles(10))
                    .extracting(ImportedFile::relativePath)
                    .containsExactly("qpcr/PL01.csv", "clinical/patients.csv");
            assertThat(status.status().counts().importedFiles()).isEqualTo(2);
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
