package org.thyrobank.genomics.vcf;

import htsjdk.samtools.util.BlockCompressedInputStream;
import htsjdk.samtools.util.BlockCompressedInputStream.FileTermination;
import htsjdk.tribble.readers.LineIteratorImpl;
import htsjdk.tribble.readers.LineReader;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFCodec;
import htsjdk.variant.vcf.VCFHeader;
import htsjdk.variant.vcf.VCFHeaderLine;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.thyrobank.platform.BundleFileException;
import org.thyrobank.platform.InputLimits;

/**
 * The line layer under every VCF read here: plain, BGZF or gzip text, the header decoded by htsjdk, then
 * data lines one at a time with their line numbers, so that every problem names the file and the line. htsjdk
 * sees only lines this class has read within {@link InputLimits} (line length, header lines and size), so a
 * hostile file (a {@code .vcf.gz} whose one line inflates to gigabytes, millions of {@code ##} lines) is refused
 * in bounded memory and time.
 */
final class VcfInput implements Closeable {

    /** htsjdk 4.3 decodes VCF up to v4.3; v4.4 and v4.5 add nothing this package reads, so they are read as v4.3. */
    private static final Pattern NEWER_THAN_HTSJDK = Pattern.compile("##fileformat=VCFv4\\.[45]");

    private static final Pattern HTSJDK_LINE_NUMBER =
            Pattern.compile("^The provided VCF file is malformed at approximately line number \\d+: ");

    private static final String READ_AS = "##fileformat=VCFv4.3";
    private static final String NORMAL_SAMPLE_HEADER = "normal_sample";
    private static final String SOURCE_HEADER = "source";

    private final Path path;
    private final InputLimits limits;
    private final ByteLines lines;
    private final VCFCodec codec = new VCFCodec();
    private final VCFHeader header;
    private final int tabsPerLine;
    private long lineNumber;

    private VcfInput(Path path, InputLimits limits, ByteLines lines) {
        this.path = path;
        this.limits = limits;
        this.lines = lines;
        this.header = readHeader();
        int samples = header.getNGenotypeSamples();
        this.tabsPerLine = samples == 0 ? 7 : 8 + samples;
    }

    static VcfInput open(Path path) {
        return open(path, InputLimits.configured());
    }

    static VcfInput open(Path path, InputLimits limits) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw BundleFileException.of(path.toString(), "no such readable file");
        }
        ByteLines lines = null;
        try {
            lines = new ByteLines(decompressed(path), limits.maxLineBytes());
            return new VcfInput(path, limits, lines);
        } catch (IOException e) {
            throw BundleFileException.of(path.toString(), "cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            closeQuietly(lines);
            throw e;
        }
    }

    private static InputStream decompressed(Path path) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        if (!gzip) {
            return in;
        }
        if (!BlockCompressedInputStream.isValidFile(in)) {
            return new GZIPInputStream(in, 1 << 16);
        }
        if (BlockCompressedInputStream.checkTermination(path) != FileTermination.HAS_TERMINATOR_BLOCK) {
            in.close();
            throw BundleFileException.of(path.toString(), "truncated: the BGZF end-of-file block is missing");
        }
        return new BlockCompressedInputStream(in);
    }

    private VCFHeader readHeader() {
        List<String> lines = new ArrayList<>();
        long headerBytes = 0;
        String line;
        while ((line = readLine()) != null) {
            if (lineNumber == 1 && !line.startsWith("##fileformat=VCF")) {
                throw problemAt("not a VCF: the first line should be ##fileformat=VCFv4.x");
            }
            headerBytes += this.lines.end() - this.lines.start() + 1;
            if (lineNumber > limits.maxVcfHeaderLines()) {
                throw problemAt(limits.vcfHeaderLinesLimit());
            }
            if (headerBytes > limits.maxVcfHeaderBytes()) {
                throw problemAt(limits.vcfHeaderBytesLimit());
            }
            lines.add(lineNumber == 1 && NEWER_THAN_HTSJDK.matcher(line).matches() ? READ_AS : line);
            if (line.startsWith("#CHROM")) {
                try {
                    return (VCFHeader) codec.readActualHeader(new LineIteratorImpl(new ListLineReader(lines)));
                } catch (RuntimeException e) {
                    throw problemAt("bad header: " + htsjdkProblem(e));
                }
            }
            if (!line.startsWith("##")) {
                throw problemAt("the header ends without a #CHROM line");
            }
        }
        throw problemAt("the file ends inside the header (no #CHROM line)");
    }

    String file() {
        return path.toString();
    }

    InputLimits limits() {
        return limits;
    }

    VCFHeader header() {
        return header;
    }

    /**
     * Moves to the next data line, skipping empty ones and checking its column count; {@code false} at the end.
     * The line is then {@link #current()}.
     */
    boolean nextRecord() {
        if (!nextDataLine()) {
            return false;
        }
        checkColumns();
        return true;
    }

    /** Moves to the next non-empty line, unchecked; {@code false} at the end. The line is then {@link #current()}. */
    boolean nextDataLine() {
        do {
            if (!advance()) {
                return false;
            }
        } while (lines.end() == lines.start());
        return true;
    }

    /** Rejects the current line unless it has one column per header column. */
    void checkColumns() {
        byte[] bytes = lines.buffer();
        int tabs = 0;
        for (int i = lines.start(); i < lines.end(); i++) {
            if (bytes[i] == '\t') {
                tabs++;
            }
        }
        if (tabs != tabsPerLine) {
            throw problemAt("expected " + (tabsPerLine + 1) + " tab-separated columns, found " + (tabs + 1));
        }
    }

    ByteLines current() {
        return lines;
    }

    private String readLine() {
        return advance() ? lines.text() : null;
    }

    private boolean advance() {
        try {
            boolean more = lines.next();
            if (more) {
                lineNumber++;
            }
            return more;
        } catch (ByteLines.LineTooLongException e) {
            lineNumber++;
            throw problemAt(limits.lineLimit());
        } catch (IOException | RuntimeException e) {
            throw problemAt("unreadable after this line (truncated or corrupt?): " + e.getMessage());
        }
    }

    /** Decodes the line just read. */
    VariantContext decode(String line) {
        return decode(line, "line " + lineNumber);
    }

    /** Decodes a line found elsewhere (through an index), {@code place} saying where for a message. */
    VariantContext decode(String line, String place) {
        VariantContext record;
        try {
            record = codec.decode(line);
            if (record != null) {
                record.getGenotypes().size(); // parse the sample columns now, while the place is known
            }
        } catch (RuntimeException e) {
            throw BundleFileException.of(file(), place + ": bad record: " + htsjdkProblem(e));
        }
        if (record == null) { // htsjdk skips a line starting with #
            throw BundleFileException.of(file(), place + ": a header line (starting with #) among the records");
        }
        return record;
    }

    /**
     * What htsjdk (or a reading of its objects) failed on, for a rejection that already names the file and line: its
     * message without its own "malformed at approximately line number N" prefix (a count of the records it decoded,
     * not of the file's lines). A null pointer gets one fixed text: the JVM words its message, or leaves it out once
     * the code is compiled, so the same file would otherwise be refused in different words.
     */
    static String htsjdkProblem(RuntimeException e) {
        if (e instanceof NullPointerException || e.getMessage() == null) {
            return "a value it needs is missing or malformed (" + e.getClass().getSimpleName() + ")";
        }
        return HTSJDK_LINE_NUMBER.matcher(e.getMessage()).replaceFirst("");
    }

    /** The sample asked for (an error if absent), or every sample but the one {@code ##normal_sample} names. */
    List<String> reportedSamples(String requested) {
        List<String> samples = header.getGenotypeSamples();
        if (samples.isEmpty()) {
            throw BundleFileException.of(file(), "has no sample columns, so no per-sample read counts");
        }
        if (requested != null) {
            if (!samples.contains(requested)) {
                throw BundleFileException.of(
                        file(), "has no sample '" + requested + "' (its samples: " + String.join(", ", samples) + ")");
            }
            return List.of(requested);
        }
        VCFHeaderLine normal = header.getOtherHeaderLine(NORMAL_SAMPLE_HEADER);
        return samples.stream()
                .filter(sample -> normal == null || !sample.equals(normal.getValue()))
                .toList();
    }

    /** The caller that wrote the file, as its {@code ##source} line names it (unquoted), or {@code null}. */
    String source() {
        VCFHeaderLine source = header.getOtherHeaderLine(SOURCE_HEADER);
        return source == null ? null : source.getValue().replaceAll("^\"|\"$", "");
    }

    long lineNumber() {
        return lineNumber;
    }

    BundleFileException problemAt(String problem) {
        return BundleFileException.of(path.toString(), "line " + lineNumber + ": " + problem);
    }

    @Override
    public void close() {
        closeQuietly(lines);
    }

    /** The header lines already read, handed to htsjdk one by one (never joined into one string). */
    private static final class ListLineReader implements LineReader {
        private final Iterator<String> lines;

        ListLineReader(List<String> lines) {
            this.lines = lines.iterator();
        }

        @Override
        public String readLine() {
            return lines.hasNext() ? lines.next() : null;
        }

        @Override
        public void close() {}
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException e) {
            // nothing was written: a failure to close a reader loses nothing
        }
    }
}
