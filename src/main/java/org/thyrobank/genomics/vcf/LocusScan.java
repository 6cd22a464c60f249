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
import org.thyrobank.platform.BundleFileException;

/**
 * Streams a VCF once and keeps the records that cover the given loci. Only those lines are decoded by
 * htsjdk; every other line is checked for its column count and position, as bytes, and skipped, so that a
 * file of a million records streams at close to the speed of reading it.
 *
 * <p>A line with the wrong column count or no readable position rejects the file, unless it is one of the bad
 * records the import was allowed to skip ({@code skip-limit}) and lies away from every locus: on a contig without
 * one, after it, or more than {@link #LONGEST_REF} bases before it. A bad line that may cover a locus always rejects
 * the file: its call would be a guess.
 */
final class LocusScan {

    private static final byte TAB = '\t';
    private static final byte[] END_FIELD = "END=".getBytes(StandardCharsets.US_ASCII);
    /** The longest REF the import stores (table variant); a file with a longer one is rejected anyway. */
    private static final int LONGEST_REF = 1024;

    private final Map<String, List<Locus>> lociByChrom = new HashMap<>();
    private final long badLinesAllowed;
    private byte[] lastChrom = new byte[0];
    private List<Locus> lastLoci;

    LocusScan(Collection<Locus> loci, long badLinesAllowed) {
        this.badLinesAllowed = badLinesAllowed;
        loci.forEach(locus -> lociByChrom
                .computeIfAbsent(locus.chrom(), chrom -> new ArrayList<>())
                .add(locus));
    }

    Map<Locus, List<VariantContext>> scan(VcfInput input) {
        Map<Locus, List<VariantContext>> found = new LinkedHashMap<>();
        long badLinesSkipped = 0;
        while (input.nextDataLine()) {
            ByteLines line = input.current();
            byte[] bytes = line.buffer();
            int chromEnd = indexOf(bytes, TAB, line.start(), line.end());
            int posEnd = indexOf(bytes, TAB, chromEnd + 1, line.end());
            List<Locus> loci = loci(bytes, line.start(), chromEnd);
            int start;
            try {
                input.checkColumns();
                start = number(input, bytes, chromEnd + 1, posEnd);
            } catch (BundleFileException bad) {
                if (badLinesSkipped < badLinesAllowed && awayFromLoci(loci, bytes, chromEnd + 1, posEnd)) {
                    badLinesSkipped++;
                    continue;
                }
                throw bad;
            }
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

    /** Whether a bad line can cover none of the loci: none on its contig, or a position far from them all. */
    private static boolean awayFromLoci(List<Locus> loci, byte[] bytes, int from, int to) {
        if (loci == null) {
            return true;
        }
        if (to <= from || to - from > 9) {
            return false;
        }
        int start = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] < '0' || bytes[i] > '9') {
                return false;
            }
            start = start * 10 + bytes[i] - '0';
        }
        return !covers(loci, start, start + LONGEST_REF);
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
