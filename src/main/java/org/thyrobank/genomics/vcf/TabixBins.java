package org.thyrobank.genomics.vcf;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import htsjdk.samtools.util.BlockCompressedInputStream;

/**
 * The parts of a tabix index ({@code .tbi}, SAMtools tabix format) that a few loci need: their bins and the
 * linear index of their contigs; the rest is skipped, and nothing after their last contig is read. htsjdk's {@code TabixIndex} builds objects for every
 * bin of every contig, which for a file of a million records costs more than the query itself.
 */
final class TabixBins {

    private static final int MAGIC = 0x01494254; // "TBI\1", little-endian
    private static final int LINEAR_SHIFT = 14;

    private record Contig(Map<Integer, long[]> chunksByBin, long[] linear) {
    }

    private final List<String> names;
    private final Map<String, Contig> contigs = new HashMap<>();

    /** Reads the index as far as the last contig of the given loci, keeping only the bins they need. */
    TabixBins(Path tbi, Collection<Locus> loci) throws IOException {
        try (DataInputStream index = new DataInputStream(new BufferedInputStream(
                new BlockCompressedInputStream(Files.newInputStream(tbi)), 1 << 16))) {
            if (int32(index) != MAGIC) {
                throw new IOException("not a tabix index");
            }
            int references = int32(index);
            index.skipNBytes(6 * Integer.BYTES);
            byte[] namesBytes = new byte[int32(index)];
            index.readFully(namesBytes);
            names = List.of(new String(namesBytes, StandardCharsets.UTF_8).split("\0"));
            int remaining = (int) names.stream().filter(name -> loci.stream()
                    .anyMatch(locus -> locus.chrom().equals(Locus.normalise(name)))).count();
            for (int reference = 0; reference < references && remaining > 0; reference++) {
                String name = reference < names.size() ? names.get(reference) : "";
                int[] wanted = loci.stream().filter(locus -> locus.chrom().equals(Locus.normalise(name)))
                        .flatMapToInt(locus -> overlappingBins(locus.start() - 1, locus.end()).stream()
                                .mapToInt(Integer::intValue))
                        .sorted().distinct().toArray();
                Map<Integer, long[]> bins = new HashMap<>();
                int binCount = int32(index);
                for (int bin = 0; bin < binCount; bin++) {
                    int id = int32(index);
                    int pairs = int32(index);
                    if (Arrays.binarySearch(wanted, id) >= 0) {
                        bins.put(id, int64s(index, 2 * pairs));
                    } else {
                        index.skipNBytes(2L * pairs * Long.BYTES);
                    }
                }
                int windows = int32(index);
                if (wanted.length > 0) {
                    contigs.put(name, new Contig(bins, int64s(index, windows)));
                    remaining--;
                } else {
                    index.skipNBytes((long) windows * Long.BYTES);
                }
            }
        }
    }

    private static int int32(DataInputStream in) throws IOException {
        return Integer.reverseBytes(in.readInt());
    }

    private static long[] int64s(DataInputStream in, int count) throws IOException {
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = Long.reverseBytes(in.readLong());
        }
        return values;
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
