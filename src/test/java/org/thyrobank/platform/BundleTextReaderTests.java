package org.thyrobank.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleTextReaderTests {

    private static final String FILE = "clinical/patients.csv";
    private static final InputLimits SMALL = new InputLimits(1000, 10, 1 << 20, 100_000);

    @TempDir
    Path dir;

    private static String read(byte[] bytes, InputLimits limits) throws IOException {
        StringWriter text = new StringWriter();
        try (Reader in = new BundleTextReader(new ByteArrayInputStream(bytes), FILE, limits)) {
            in.transferTo(text);
        }
        return text.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsUtf8DroppingALeadingByteOrderMarkAndKeepingCrlf() throws IOException {
        assertThat(read(bytes("\uFEFFpatient_id,centre\r\nMI-001,MILANO Ü\r\n"), SMALL))
                .isEqualTo("patient_id,centre\r\nMI-001,MILANO Ü\r\n");
        assertThat(read(bytes("a\uFEFF"), SMALL)).isEqualTo("a\uFEFF");
        assertThat(read(new byte[0], SMALL)).isEmpty();
    }

    @Test
    void textLargerThanTheBuffersIsReadWhole() throws IOException {
        String text = "MI-001,MILAN,é\n".repeat(20_000);
        assertThat(read(bytes(text), InputLimits.configured())).isEqualTo(text);
    }

    @Test
    void aLatin1ByteIsRefusedNamingFileLineAndCharacter() {
        // a UTF-8 character of two bytes before the bad byte counts as one character
        byte[] afterUtf8 = concat(bytes("Ü,MI-"), "é".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> read(afterUtf8, SMALL))
                .isInstanceOf(BundleFileException.class)
                .hasMessageStartingWith(FILE + ": line 1, character 6: byte 0xE9 is not UTF-8");
        byte[] onLineThree =
                "patient_id,centre\nMI-001,MILAN\nMI-002,M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(onLineThree, SMALL))
                .isInstanceOf(BundleFileException.class)
                .hasMessageStartingWith(FILE + ": line 3, character 9: byte 0xFC is not UTF-8");
    }

    @Test
    void aUtf8SequenceCutOffAtTheEndIsRefused() {
        byte[] cut = concat(bytes("ab\n"), new byte[] {(byte) 0xC3});
        assertThatThrownBy(() -> read(cut, SMALL))
                .isInstanceOf(BundleFileException.class)
                .hasMessageStartingWith(FILE + ": line 2, character 1: byte 0xC3 is not UTF-8");
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedWithoutReadingItWhole() {
        EndlessInput endless = new EndlessInput(bytes("A"));
        assertThatThrownBy(() -> {
                    try (Reader in = new BundleTextReader(endless, FILE, new InputLimits(1000, 1, 1, Long.MAX_VALUE))) {
                        in.transferTo(new StringWriter());
                    }
                })
                .isInstanceOf(BundleFileException.class)
                .hasMessage(FILE + ": line 1: longer than 1000 bytes"
                        + " (max-line-bytes = 1000 in reference/input-limits.properties)");
        assertThat(endless.read).isLessThan(1000 + (1 << 17));
    }

    @Test
    void aStreamLargerThanTheFileLimitIsRefusedWhileReading() {
        EndlessInput endless = new EndlessInput(bytes("MI-001,MILAN\n"));
        assertThatThrownBy(() -> {
                    try (Reader in = new BundleTextReader(endless, FILE, new InputLimits(1000, 1, 1, 3 << 20))) {
                        in.transferTo(new StringWriter());
                    }
                })
                .isInstanceOf(BundleFileException.class)
                .hasMessage(FILE + ": larger than 3 MiB (max-table-file-mib = 3 in reference/input-limits.properties)");
        assertThat(endless.read).isLessThan((3 << 20) + (1 << 17));
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeReading() throws IOException {
        Path big = dir.resolve("patients.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
            sparse.setLength(257L << 20);
        }
        assertThatThrownBy(() -> BundleTextReader.open(big, FILE, InputLimits.configured()))
                .isInstanceOf(BundleFileException.class)
                .hasMessage(
                        FILE + ": larger than 256 MiB (max-table-file-mib = 256 in reference/input-limits.properties)");
        Files.writeString(big, "patient_id\n");
        try (Reader in = BundleTextReader.open(big, FILE, InputLimits.configured())) {
            assertThat(in.read()).isEqualTo('p');
        }
    }

    @Test
    void theConfiguredLimitsAreThoseOfTheReferenceFile() {
        assertThat(InputLimits.configured()).isEqualTo(new InputLimits(8 << 20, 100_000, 64L << 20, 256L << 20));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** The same bytes again and again, counting what was read: a file that never ends. */
    private static final class EndlessInput extends InputStream {
        private final byte[] pattern;
        private long read;

        EndlessInput(byte[] pattern) {
            this.pattern = pattern;
        }

        @Override
        public int read() {
            return pattern[(int) (read++ % pattern.length)];
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            for (int i = 0; i < length; i++) {
                into[offset + i] = pattern[(int) (read++ % pattern.length)];
            }
            return length;
        }
    }
}
