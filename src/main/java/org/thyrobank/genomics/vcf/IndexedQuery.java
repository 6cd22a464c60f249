package org.thyrobank.genomics.vcf;

import htsjdk.samtools.CSIIndex;
import htsjdk.samtools.Chunk;
import htsjdk.samtools.seekablestream.SeekableFileStream;
import htsjdk.samtools.util.BlockCompressedInputStream;
import htsjdk.variant.variantcontext.VariantContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thyrobank.platform.BundleFileException;

/**
 * Reads only the records at the given loci of a BGZF VCF through its tabix ({@code .tbi}) or CSI ({@code .csi})
 * index, so that the time taken does not grow with the size of the file.
 */
final class IndexedQuery {

    /** The BGZF chunks (virtual offsets, start and end) that may hold records of a contig's region. */
    private interface ChunkIndex {
        List<long[]> chunks(String contig, int start, int end);

        List<String> contigs();
    }

    private final Path vcf;
    private final ChunkIndex index;

    private IndexedQuery(Path vcf, ChunkIndex index) {
        this.vcf = vcf;
        this.index = index;
    }

    /** The query of some loci of a VCF with an index beside it ({@code file.vcf.gz.tbi} or {@code .csi}), if it has one. */
    static Optional<IndexedQuery> beside(Path vcf, Collection<Locus> loci) {
        Path tabix = Path.of(vcf + ".tbi");
        Path csi = Path.of(vcf + ".csi");
        try {
            if (Files.isRegularFile(tabix)) {
                return Optional.of(new IndexedQuery(vcf, tabix(new TabixBins(tabix, loci))));
            }
            if (Files.isRegularFile(csi)) {
                return Optional.of(new IndexedQuery(vcf, csi(new CSIIndex(csi, null))));
            }
        } catch (IOException | RuntimeException e) {
            throw BundleFileException.of(vcf.toString(), "its index cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static ChunkIndex tabix(TabixBins tabix) {
        return new ChunkIndex() {
            public List<long[]> chunks(String contig, int start, int end) {
                return tabix.chunks(contig, start, end);
            }

            public List<String> contigs() {
                return tabix.contigs();
            }
        };
    }

    private static ChunkIndex csi(CSIIndex csi) {
        List<String> names = csiContigNames(csi.getAuxData());
        return new ChunkIndex() {
            public List<long[]> chunks(String contig, int start, int end) {
                return csi.getSpanOverlapping(names.indexOf(contig), start, end).getChunks().stream()
                        .map((Chunk chunk) -> new long[] {chunk.getChunkStart(), chunk.getChunkEnd()})
                        .toList();
            }

            public List<String> contigs() {
                return names;
            }
        };
    }

    /** The contig names of a tabix-style CSI index: seven int32 fields, then the names, each ending in a zero byte. */
    private static List<String> csiContigNames(byte[] aux) {
        if (aux == null || aux.length < 28) {
            throw new IllegalArgumentException("a CSI index without contig names is not a VCF index");
        }
        ByteBuffer buffer = ByteBuffer.wrap(aux).order(ByteOrder.LITTLE_ENDIAN);
        int namesLength = buffer.getInt(24);
        List<String> names = new ArrayList<>();
        int from = 28;
        for (int i = 28; i < Math.min(aux.length, 28 + namesLength); i++) {
            if (aux[i] == 0) {
                names.add(new String(aux, from, i - from, StandardCharsets.UTF_8));
                from = i + 1;
            }
        }
        return names;
    }

    /** The records covering each locus, decoded with the codec of {@code input} (which has read the header). */
    Map<Locus, List<VariantContext>> query(Collection<Locus> loci, VcfInput input) {
        Map<Locus, List<VariantContext>> found = new LinkedHashMap<>();
        try (BlockCompressedInputStream in = new BlockCompressedInputStream(new SeekableFileStream(vcf.toFile()))) {
            for (Locus locus : loci) {
                Optional<String> contig = index.contigs().stream()
                        .filter(name -> Locus.normalise(name).equals(locus.chrom()))
                        .findFirst();
                if (contig.isPresent()) {
                    found.put(locus, read(in, contig.get(), locus, input));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BundleFileException problem) {
                throw problem;
            }
            throw BundleFileException.of(vcf.toString(), "cannot be read through its index: " + e.getMessage());
        }
        return found;
    }

    private List<VariantContext> read(BlockCompressedInputStream in, String contig, Locus locus, VcfInput input)
            throws IOException {
        List<VariantContext> records = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (long[] chunk : index.chunks(contig, locus.start(), locus.end())) {
            in.seek(chunk[0]);
            while (in.getFilePointer() < chunk[1]) {
                long offset = in.getFilePointer();
                String line = boundedLine(in, input);
                if (line == null) {
                    break;
                }
                if (line.isEmpty() || line.startsWith("#") || !seen.add(offset) || !line.startsWith(contig + "\t")) {
                    continue;
                }
                VariantContext record = input.decode(line, "the record at " + contig + ":" + line.split("\t", 3)[1]);
                if (record.getStart() > locus.end()) {
                    break;
                }
                if (locus.overlaps(record.getStart(), record.getEnd())) {
                    records.add(record);
                }
            }
        }
        return records;
    }

    /**
     * The next line of {@code in} (without its line break), or {@code null} at the end; unlike
     * {@link BlockCompressedInputStream#readLine()} it stops at the line limit instead of reading a line whole.
     */
    private static String boundedLine(BlockCompressedInputStream in, VcfInput input) throws IOException {
        int maxLineBytes = input.limits().maxLineBytes();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (line.size() == maxLineBytes) {
                throw BundleFileException.of(
                        input.file(),
                        "a record read through the index: " + input.limits().lineLimit());
            }
            line.write(b);
        }
        if (b < 0 && line.size() == 0) {
            return null;
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
