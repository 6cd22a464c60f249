package org.thyrobank.genomics.vcf;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lines of a text stream as byte ranges of one buffer: skipping a line costs no decoding and no String,
 * which is most of the time of streaming a large VCF. The current line is {@code buffer()[start(), end())},
 * without its line break, until the next call of {@link #next()}.
 */
final class ByteLines implements Closeable {

    private final InputStream in;
    private byte[] buffer = new byte[1 << 20];
    private int filled;
    private int start;
    private int end;
    private int nextStart;
    private boolean endOfInput;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; {@code false} at the end of the input. */
    boolean next() throws IOException {
        start = nextStart;
        int scanFrom = start;
        while (true) {
            for (int i = scanFrom; i < filled; i++) {
                if (buffer[i] == '\n') {
                    end = i > start && buffer[i - 1] == '\r' ? i - 1 : i;
                    nextStart = i + 1;
                    return true;
                }
            }
            if (endOfInput) {
                end = filled;
                nextStart = filled;
                return end > start;
            }
            scanFrom = filled - start;
            refill();
        }
    }

    /** Keeps the unfinished line at the front of the buffer (growing it for a very long line) and reads on. */
    private void refill() throws IOException {
        int kept = filled - start;
        if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        } else if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, kept);
        }
        start = 0;
        filled = kept;
        int read = in.read(buffer, filled, buffer.length - filled);
        if (read < 0) {
            endOfInput = true;
        } else {
            filled += read;
        }
    }

    byte[] buffer() {
        return buffer;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The current line as text. */
    String text() {
        return new String(buffer, start, end - start, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
