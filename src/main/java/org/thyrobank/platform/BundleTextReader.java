package org.thyrobank.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The text of a bundle's table file (a clinical CSV, a sequencing manifest) as a {@link Reader}, in bounded memory
 * whatever the file holds. Strict UTF-8: a byte sequence that is not UTF-8 (a Latin-1 {@code ü}, say) stops the
 * reading with a {@link BundleFileException} naming the file, the line and the character, so that no garbled
 * identifier is ever stored. A leading byte-order mark is dropped; CRLF line ends pass through (the CSV parser
 * reads them). A line longer than {@link InputLimits#maxLineBytes()} or a file larger than
 * {@link InputLimits#maxTableFileBytes()} is refused as soon as the limit is crossed, never read whole.
 */
public final class BundleTextReader extends Reader {

    private static final int BUFFER = 1 << 16;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final String file;
    private final InputLimits limits;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private boolean endOfInput;
    private boolean flushed;
    private boolean started;

    /** Where the decoder stands: line (from 1) and characters before it on that line. */
    private long line = 1;

    private long column;
    /** Where the raw bytes read so far end, for the limits (they run ahead of the decoder). */
    private long byteLine = 1;

    private long bytesInLine;
    private long totalBytes;

    /**
     * @param file how messages name the file, as {@code clinical/patients.csv}
     */
    public BundleTextReader(InputStream in, String file, InputLimits limits) {
        this.in = in;
        this.file = file;
        this.limits = limits;
    }

    /** Opens {@code path}, refusing it at once when it is larger than the limit. */
    public static BundleTextReader open(Path path, String file, InputLimits limits) throws IOException {
        if (Files.size(path) > limits.maxTableFileBytes()) {
            throw BundleFileException.of(file, limits.tableFileLimit());
        }
        return new BundleTextReader(Files.newInputStream(path), file, limits);
    }

    @Override
    public int read(char[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!decodeMore()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(into, offset, n);
        return n;
    }

    /** Decodes the next characters into {@link #chars}; {@code false} when the input is done. */
    private boolean decodeMore() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !flushed) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                chars.flip();
                advancePosition();
                throw notUtf8(bytes.get(bytes.position()));
            }
            if (result.isUnderflow()) {
                if (endOfInput) {
                    decoder.flush(chars);
                    flushed = true;
                } else if (chars.position() == 0) {
                    readBytes();
                } else {
                    break;
                }
            }
        }
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(chars.position()) == BYTE_ORDER_MARK) {
                chars.get();
            }
        }
        advancePosition();
        return chars.hasRemaining() || !flushed;
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int start = bytes.position();
        int read = in.read(bytes.array(), start, bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            checkLimits(bytes.array(), start, start + read);
            bytes.position(start + read);
        }
        bytes.flip();
    }

    private void checkLimits(byte[] array, int from, int to) {
        totalBytes += to - from;
        if (totalBytes > limits.maxTableFileBytes()) {
            throw BundleFileException.of(file, limits.tableFileLimit());
        }
        for (int i = from; i < to; i++) {
            if (array[i] == '\n') {
                byteLine++;
                bytesInLine = 0;
            } else if (++bytesInLine > limits.maxLineBytes()) {
                throw BundleFileException.of(file, "line " + byteLine + ": " + limits.lineLimit());
            }
        }
    }

    /** Moves the decoder's position over the characters now waiting in {@link #chars}. */
    private void advancePosition() {
        for (int i = chars.position(); i < chars.limit(); i++) {
            if (chars.get(i) == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
    }

    private BundleFileException notUtf8(byte found) {
        return BundleFileException.of(
                file,
                "line " + line + ", character " + (column + 1) + ": byte 0x"
                        + String.format(Locale.ROOT, "%02X", found & 0xff)
                        + " is not UTF-8 (the file must be saved as UTF-8; Latin-1 or Windows-1252 text is refused"
                        + " rather than stored garbled)");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
