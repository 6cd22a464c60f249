package org.thyrobank.genomics.vcf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import htsjdk.variant.variantcontext.VariantContext;

/**
 * Streams a VCF once and keeps the records that cover the given loci. Only those lines are decoded by
 * htsjdk; every other line is checked for its column count and position and skipped, so that a file of a
 * million records streams at close to the speed of reading its text.
 */
final class LocusScan {

    private static final String END_FIELD = "END=";

    private final Map<String, List<Locus>> lociByChrom = new HashMap<>();

    LocusScan(Collection<Locus> loci) {
        loci.forEach(locus -> lociByChrom.computeIfAbsent(locus.chrom(), chrom -> new ArrayList<>()).add(locus));
    }

    Map<Locus, List<VariantContext>> scan(VcfInput input) {
        Map<Locus, List<VariantContext>> found = new LinkedHashMap<>();
        Map<String, String> chromNames = new HashMap<>();
        String line;
        while ((line = input.nextLine()) != null) {
            int chromEnd = line.indexOf('\t');
            List<Locus> loci = lociByChrom.get(chromNames.computeIfAbsent(line.substring(0, chromEnd), Locus::normalise));
            int posEnd = line.indexOf('\t', chromEnd + 1);
            int start = position(input, line, chromEnd + 1, posEnd);
            if (loci == null || !covers(loci, start, spanEnd(input, line, start, posEnd))) {
                continue;
            }
            VariantContext record = input.decode(line);
            for (Locus locus : loci) {
                if (locus.overlaps(record.getStart(), record.getEnd())) {
                    found.computeIfAbsent(locus, key -> new ArrayList<>()).add(record);
                }
            }
        }
        return found;
    }

    private static boolean covers(List<Locus> loci, int start, int end) {
        for (Locus locus : loci) {
            if (locus.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    /** The last base a line's record covers: its REF, or the END of a symbolic (block or structural) record. */
    private static int spanEnd(VcfInput input, String line, int start, int posEnd) {
        int idEnd = line.indexOf('\t', posEnd + 1);
        int refEnd = line.indexOf('\t', idEnd + 1);
        int altEnd = line.indexOf('\t', refEnd + 1);
        int end = start + refEnd - idEnd - 2;
        if (line.indexOf('<', refEnd + 1) < 0 || line.indexOf('<', refEnd + 1) > altEnd) {
            return end;
        }
        int qualEnd = line.indexOf('\t', altEnd + 1);
        int filterEnd = line.indexOf('\t', qualEnd + 1);
        int infoEnd = line.indexOf('\t', filterEnd + 1) < 0 ? line.length() : line.indexOf('\t', filterEnd + 1);
        int field = line.indexOf(END_FIELD, filterEnd + 1);
        while (field >= 0 && field < infoEnd && line.charAt(field - 1) != '\t' && line.charAt(field - 1) != ';') {
            field = line.indexOf(END_FIELD, field + 1);
        }
        if (field < 0 || field >= infoEnd) {
            return end;
        }
        int valueEnd = field + END_FIELD.length();
        while (valueEnd < infoEnd && line.charAt(valueEnd) != ';') {
            valueEnd++;
        }
        return Math.max(end, position(input, line, field + END_FIELD.length(), valueEnd));
    }

    private static int position(VcfInput input, String line, int from, int to) {
        int value = 0;
        if (to <= from) {
            throw input.problemAt("missing position");
        }
        for (int i = from; i < to; i++) {
            char digit = line.charAt(i);
            if (digit < '0' || digit > '9' || value > (Integer.MAX_VALUE - 9) / 10) {
                throw input.problemAt("position '" + line.substring(from, to) + "' is not a whole number");
            }
            value = value * 10 + digit - '0';
        }
        return value;
    }
}
