package org.thyrobank.genomics.vcf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import htsjdk.samtools.util.BlockCompressedInputStream;

/**
 * The parts of a tabix index ({@code .tbi}, SAMtools tabix format) that a few loci need: their bins and the
 * linear index of their contigs, the rest skipped unread. htsjdk's {@code TabixIndex} builds objects for every
 * bin of every contig, which for a file of a million records costs more than the query itself.
 */
final class TabixBins {

    private static final int MAGIC = 0x01494254; // "TBI\1", little-endian
    private static final int LINEAR_SHIFT = 14;

    private record Contig(Map<Integer, long[]> chunksByBin, long[] linear) {
    }

    private final List<String> names;
    private final Map<String, Contig> contigs = new HashMap<>();

    /** Reads the index, keeping only the bins that may hold records of the given loci. */
    TabixBins(Path tbi, Collection<Locus> loci) throws IOException {
        ByteBuffer index;
        try (InputStream in = new BlockCompressedInputStream(Files.newInputStream(tbi))) {
            index = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
        }
        if (index.getInt() != MAGIC) {
            throw new IOException("not a tabix index");
        }
        int references = index.getInt();
        index.position(index.position() + 6 * Integer.BYTES);
        byte[] namesBytes = new byte[index.getInt()];
        index.get(namesBytes);
        names = List.of(new String(namesBytes, StandardCharsets.UTF_8).split("\0"));
        for (int reference = 0; reference < references; reference++) {
            Set<Integer> wanted = new HashSet<>();
            String name = reference < names.size() ? names.get(reference) : "";
            loci.stream().filter(locus -> locus.chrom().equals(Locus.normalise(name)))
                    .forEach(locus -> wanted.addAll(overlappingBins(locus.start() - 1, locus.end())));
            Map<Integer, long[]> bins = new HashMap<>();
            int binCount = index.getInt();
            for (int bin = 0; bin < binCount; bin++) {
                int id = index.getInt();
                int pairs = index.getInt();
                if (wanted.contains(id)) {
                    long[] chunks = new long[2 * pairs];
                    index.asLongBuffer().get(chunks);
                    bins.put(id, chunks);
                }
                index.position(index.position() + 2 * pairs * Long.BYTES);
            }
            int windows = index.getInt();
            if (!wanted.isEmpty()) {
                long[] linear = new long[windows];
                index.asLongBuffer().get(linear);
                contigs.put(name, new Contig(bins, linear));
            }
            index.position(index.position() + windows * Long.BYTES);
        }
    }

    List<String> contigs() {
        return names;
    }

    /** The chunks ({start, end} virtual offsets, in file order) that may hold records overlapping 1-based [start, end]. */
    List<long[]> chunks(String contig, int start, int end) {
        Contig data = contigs.get(contig);
        if (data == null) {
            return List.of();
        }
        int window = (start - 1) >> LINEAR_SHIFT;
        long minimum = data.linear.length == 0 ? 0 : data.linear[Math.min(window, data.linear.length - 1)];
        List<long[]> chunks = new ArrayList<>();
        for (int bin : overlappingBins(start - 1, end)) {
            long[] pairs = data.chunksByBin.get(bin);
            for (int i = 0; pairs != null && i < pairs.length; i += 2) {
                if (pairs[i + 1] > minimum) {
                    chunks.add(new long[] {Math.max(pairs[i], minimum), pairs[i + 1]});
                }
            }
        }
        chunks.sort(Comparator.comparingLong(chunk -> chunk[0]));
        return chunks;
    }

    /** The UCSC/SAM binning scheme: every bin that may hold a feature overlapping 0-based [begin, end). */
    private static List<Integer> overlappingBins(int begin, int end) {
        List<Integer> bins = new ArrayList<>(List.of(0));
        int last = end - 1;
        int[] offsets = {1, 9, 73, 585, 4681};
        int[] shifts = {26, 23, 20, 17, 14};
        for (int level = 0; level < offsets.length; level++) {
            for (int bin = offsets[level] + (begin >> shifts[level]); bin <= offsets[level] + (last >> shifts[level]); bin++) {
                bins.add(bin);
            }
        }
        return bins;
    }
}
