package org.thyrobank.mirna.plate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.platform.InputLimits;

/** A plate file larger than max-table-file-mib is refused before it is read, naming the file and the limit. */
class PlateFileLimitTests {

    @TempDir
    Path temp;

    @Test
    void aPlateFileAboveTheTableFileLimitIsRefusedBeforeItIsRead() throws Exception {
        Path plate = temp.resolve("PL99.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(plate.toFile(), "rw")) {
            sparse.setLength(InputLimits.configured().maxTableFileBytes() + 1);
        }
        assertThatThrownBy(() -> PlateReader.bytes("qpcr/PL99.csv", plate))
                .isInstanceOf(PlateFormatException.class)
                .hasMessageContaining("qpcr/PL99.csv")
                .hasMessageContaining("max-table-file-mib = 256 in reference/input-limits.properties");
    }
}
