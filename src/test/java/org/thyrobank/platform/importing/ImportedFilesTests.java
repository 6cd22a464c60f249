package org.thyrobank.platform.importing;

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
            register.record(first, BundlePart.CLINICAL);
            assertThat(register.isUnchanged(first)).isTrue();
            assertThat(register.isUnchanged(edited)).isFalse();
            assertThat(register.wasImported(edited)).isTrue();
            register.record(edited, BundlePart.CLINICAL);
            assertThat(register.isUnchanged(edited)).isTrue();
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
