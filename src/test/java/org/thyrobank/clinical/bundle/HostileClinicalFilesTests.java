package org.thyrobank.clinical.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.ClinicalValidationException;

/** Encodings and sizes a clinical file may come in: read as meant, or refused naming the line or the limit. */
class HostileClinicalFilesTests {

    private static final String PATIENTS = "clinical/patients.csv";

    @TempDir
    Path folder;

    private Path patients;
    private String validPatients;

    @BeforeEach
    void copyTheValidFolder() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.folder("valid"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        patients = folder.resolve("patients.csv");
        validPatients = Files.readString(patients);
    }

    private ClinicalValidationException rejection() {
        try {
            ClinicalBundleReader.read(folder);
        } catch (ClinicalValidationException e) {
            return e;
        }
        throw new AssertionError("the folder was accepted");
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsReadTheSame() throws IOException {
        ClinicalBundle plain = ClinicalBundleReader.read(folder);
        Files.writeString(patients, "\uFEFF" + validPatients.replace("\n", "\r\n"));

        ClinicalBundle windows = ClinicalBundleReader.read(folder);

        assertThat(windows.patients()).isEqualTo(plain.patients()).hasSize(2);
        assertThat(windows.warnings()).isEmpty();
    }

    @Test
    void latin1BytesAreRefusedNamingTheLineNotStoredGarbled() throws IOException {
        Files.write(
                patients,
                (validPatients + "MI-00\u00e9,MILAN,F,1970,PAPILLARY\n").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(rejection().problems(PATIENTS))
                .singleElement()
                .asString()
                .startsWith("line 4, character 6: byte 0xE9 is not UTF-8");
    }

    @Test
    void aCellOfAHundredMegabytesIsRefusedNamingTheLimit() throws IOException {
        try (OutputStream out = Files.newOutputStream(patients)) {
            out.write((validPatients + "MI-002,MILAN,F,1970,").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'P');
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
            out.write('\n');
        }

        ClinicalValidationException e = assertTimeoutPreemptively(Duration.ofSeconds(30), this::rejection);

        assertThat(e.problems(PATIENTS))
                .containsExactly("line 4: longer than 8388608 bytes"
                        + " (max-line-bytes = 8388608 in reference/input-limits.properties)");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedUnread() throws IOException {
        try (RandomAccessFile sparse = new RandomAccessFile(patients.toFile(), "rw")) {
            sparse.setLength(300L << 20);
        }

        assertThat(rejection().problems(PATIENTS))
                .containsExactly("larger than 256 MiB (max-table-file-mib = 256 in reference/input-limits.properties)");
    }
}
