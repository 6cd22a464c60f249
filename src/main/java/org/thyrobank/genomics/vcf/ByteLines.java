package org.thyrobank.genomics.vcf;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lines of a text stream as byte ranges of one buffer: skipping a line costs no decoding and no String,
 * which is most of the time of streaming a large VCF. The current line is {@code buffer()[start(), end())},
 * without its line break, until the next call of {@link #next()}. A line longer than the limit ends the reading
 * with a {@link LineTooLongException} once the limit is crossed, so the buffer never grows past about twice it.
 */
final class ByteLines implements Closeable {

    /** A line longer than the limit given to {@link ByteLines}; the line number is the caller's to add. */
    static final class LineTooLongException extends IOException {
        LineTooLongException(int maxLineBytes) {
            super("a line longer than " + maxLineBytes + " bytes");
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buffer = new byte[1 << 20];
    private int filled;
    private int start;
    private int end;
    private int nextStart;
    private boolean endOfInput;

    ByteLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Moves to the next line; {@code false} at the end of the input. */
    boolean next() throws IOException {
        start = nextStart;
        int scanFrom = start;
        while (true) {
            for (int i = scanFrom; i < filled; i++) {
                if (buffer[i] == '\n') {
                    end = i > start && buffer[i - 1] == '\r' ? i - 1 : i;
                    if (end - start > maxLineBytes) {
                        throw new LineTooLongException(maxLineBytes);
                    }
                    nextStart = i + 1;
                    return true;
                }
            }
            if (endOfInput) {
                end = filled;
                if (end - start > maxLineBytes) {
                    throw new LineTooLongException(maxLineBytes);
                }
                nextStart = filled;
                return end > start;
            }
            if (filled - start > maxLineBytes) {
                throw new LineTooLongException(maxLineBytes);
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
