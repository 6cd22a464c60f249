package org.thyrobank.genomics.vcf;

import htsjdk.variant.variantcontext.VariantContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams a VCF once and keeps the records that cover the given loci. Only those lines are decoded by
 * htsjdk; every other line is checked for its column count and position, as bytes, and skipped, so that a
 * file of a million records streams at close to the speed of reading it.
 */
final class LocusScan {

    private static final byte TAB = '\t';
    private static final byte[] END_FIELD = "END=".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, List<Locus>> lociByChrom = new HashMap<>();
    private byte[] lastChrom = new byte[0];
    private List<Locus> lastLoci;

    LocusScan(Collection<Locus> loci) {
        loci.forEach(locus -> lociByChrom
                .computeIfAbsent(locus.chrom(), chrom -> new ArrayList<>())
                .add(locus));
    }

    Map<Locus, List<VariantContext>> scan(VcfInput input) {
        Map<Locus, List<VariantContext>> found = new LinkedHashMap<>();
        while (input.nextRecord()) {
            ByteLines line = input.current();
            byte[] bytes = line.buffer();
            int chromEnd = indexOf(bytes, TAB, line.start(), line.end());
            int posEnd = indexOf(bytes, TAB, chromEnd + 1, line.end());
            int start = number(input, bytes, chromEnd + 1, posEnd);
            List<Locus> loci = loci(bytes, line.start(), chromEnd);
            if (loci == null || !covers(loci, start, spanEnd(input, bytes, start, posEnd, line.end()))) {
                continue;
            }
            VariantContext record = input.decode(line.text());
            for (Locus locus : loci) {
                if (locus.overlaps(record.getStart(), record.getEnd())) {
                    found.computeIfAbsent(locus, key -> new ArrayList<>()).add(record);
                }
            }
        }
        return found;
    }

    /** The loci on this line's contig, or {@code null}; files are sorted, so the last answer is usually right. */
    private List<Locus> loci(byte[] bytes, int from, int to) {
        if (!Arrays.equals(bytes, from, to, lastChrom, 0, lastChrom.length)) {
            lastChrom = Arrays.copyOfRange(bytes, from, to);
            lastLoci = lociByChrom.get(Locus.normalise(new String(lastChrom, StandardCharsets.UTF_8)));
        }
        return lastLoci;
    }

    private static boolean covers(List<Locus> loci, int start, int end) {
        for (Locus locus : loci) {
            if (locus.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last base a line's record covers: its REF, or the END of a block or structural record (a symbolic
     * ALT such as {@code <NON_REF>}, {@code <*>}, {@code <DEL>}, or no ALT at all, as Strelka2 writes blocks).
     */
    private static int spanEnd(VcfInput input, byte[] bytes, int start, int posEnd, int lineEnd) {
        int idEnd = indexOf(bytes, TAB, posEnd + 1, lineEnd);
        int refEnd = indexOf(bytes, TAB, idEnd + 1, lineEnd);
        int altEnd = indexOf(bytes, TAB, refEnd + 1, lineEnd);
        int end = start + refEnd - idEnd - 2;
        boolean noAlt = altEnd == refEnd + 2 && bytes[refEnd + 1] == '.';
        if (!noAlt && indexOf(bytes, (byte) '<', refEnd + 1, altEnd) == altEnd) {
            return end;
        }
        int qualEnd = indexOf(bytes, TAB, altEnd + 1, lineEnd);
        int infoStart = indexOf(bytes, TAB, qualEnd + 1, lineEnd) + 1;
        int infoEnd = indexOf(bytes, TAB, infoStart, lineEnd);
        for (int field = infoStart; field < infoEnd; field = indexOf(bytes, (byte) ';', field, infoEnd) + 1) {
            if (Arrays.equals(
                    bytes, field, Math.min(field + END_FIELD.length, infoEnd), END_FIELD, 0, END_FIELD.length)) {
                int valueStart = field + END_FIELD.length;
                return Math.max(end, number(input, bytes, valueStart, indexOf(bytes, (byte) ';', valueStart, infoEnd)));
            }
        }
        return end;
    }

    /** The first index of {@code value} in {@code [from, to)}, or {@code to}. */
    private static int indexOf(byte[] bytes, byte value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return to;
    }

    private static int number(VcfInput input, byte[] bytes, int from, int to) {
        int value = 0;
        if (to <= from) {
            throw input.problemAt("a position is missing");
        }
        for (int i = from; i < to; i++) {
            byte digit = bytes[i];
            if (digit < '0' || digit > '9' || value > (Integer.MAX_VALUE - 9) / 10) {
                throw input.problemAt("position '" + new String(bytes, from, to - from, StandardCharsets.UTF_8)
                        + "' is not a whole number");
            }
            value = value * 10 + digit - '0';
        }
        return value;
    }
}
