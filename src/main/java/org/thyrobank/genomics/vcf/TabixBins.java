package org.thyrobank.genomics.vcf;

import htsjdk.samtools.util.BlockCompressedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
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

/**
 * The parts of a tabix index ({@code .tbi}, SAMtools tabix format) that a few loci need: their bins and the
 * linear index of their contigs; the rest is skipped, and nothing after their last contig is read. htsjdk's {@code TabixIndex} builds objects for every
 * bin of every contig, which for a file of a million records costs more than the query itself.
 */
final class TabixBins {

    private static final int MAGIC = 0x01494254; // "TBI\1", little-endian
    private static final int LINEAR_SHIFT = 14;

    private record Contig(Map<Integer, long[]> chunksByBin, long[] linear) {}

    private final List<String> names;
    private final Map<String, Contig> contigs = new HashMap<>();

    /** Reads the index as far as the last contig of the given loci, keeping only the bins they need. */
    TabixBins(Path tbi, Collection<Locus> loci) throws IOException {
        try (LittleEndianInput index =
                new LittleEndianInput(new BlockCompressedInputStream(Files.newInputStream(tbi)))) {
            if (index.int32() != MAGIC) {
                throw new IOException("not a tabix index");
            }
            int references = index.int32();
            index.skip(6 * Integer.BYTES);
            byte[] namesBytes = new byte[index.int32()];
            index.bytes(namesBytes);
            names = List.of(new String(namesBytes, StandardCharsets.UTF_8).split("\0"));
            int remaining = (int) names.stream()
                    .filter(name ->
                            loci.stream().anyMatch(locus -> locus.chrom().equals(Locus.normalise(name))))
                    .count();
            for (int reference = 0; reference < references && remaining > 0; reference++) {
                String name = reference < names.size() ? names.get(reference) : "";
                int[] wanted = loci.stream()
                        .filter(locus -> locus.chrom().equals(Locus.normalise(name)))
                        .flatMapToInt(locus -> overlappingBins(locus.start() - 1, locus.end()).stream()
                                .mapToInt(Integer::intValue))
                        .sorted()
                        .distinct()
                        .toArray();
                Map<Integer, long[]> bins = new HashMap<>();
                int binCount = index.int32();
                for (int bin = 0; bin < binCount; bin++) {
                    int id = index.int32();
                    int pairs = index.int32();
                    if (Arrays.binarySearch(wanted, id) >= 0) {
                        bins.put(id, index.int64s(2 * pairs));
                    } else {
                        index.skip(2L * pairs * Long.BYTES);
                    }
                }
                int windows = index.int32();
                if (wanted.length > 0) {
                    contigs.put(name, new Contig(bins, index.int64s(windows)));
                    remaining--;
                } else {
                    index.skip((long) windows * Long.BYTES);
                }
            }
        }
    }

    /** Little-endian numbers straight from a buffer: a million-record index has a few hundred thousand bins. */
    private static final class LittleEndianInput implements AutoCloseable {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;

        LittleEndianInput(InputStream in) {
            this.in = in;
        }

        private void require(int count) throws IOException {
            if (limit - position >= count) {
                return;
            }
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
            while (limit < count) {
                int read = in.read(buffer, limit, buffer.length - limit);
                if (read < 0) {
                    throw new EOFException("the index ends early");
                }
                limit += read;
            }
        }

        int int32() throws IOException {
            require(Integer.BYTES);
            int value = (buffer[position] & 0xff)
                    | (buffer[position + 1] & 0xff) << 8
                    | (buffer[position + 2] & 0xff) << 16
                    | (buffer[position + 3] & 0xff) << 24;
            position += Integer.BYTES;
            return value;
        }

        long[] int64s(int count) throws IOException {
            long[] values = new long[count];
            for (int i = 0; i < count; i++) {
                values[i] = (int32() & 0xffffffffL) | (long) int32() << 32;
            }
            return values;
        }

        void bytes(byte[] into) throws IOException {
            for (int done = 0; done < into.length; ) {
                require(1);
                int count = Math.min(into.length - done, limit - position);
                System.arraycopy(buffer, position, into, done, count);
                position += count;
                done += count;
            }
        }

        void skip(long count) throws IOException {
            long left = count;
            while (left > 0) {
                require(1);
                int step = (int) Math.min(left, limit - position);
                position += step;
                left -= step;
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
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
            for (int bin = offsets[level] + (begin >> shifts[level]);
                    bin <= offsets[level] + (last >> shifts[level]);
                    bin++) {
                bins.add(bin);
            }
        }
        return bins;
    }
}
