package org.thyrobank.genomics.vcf;

import htsjdk.variant.vcf.VCFConstants;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;

/**
 * Reads the common record of an {@code AD}-convention VCF (GATK, DRAGEN and most others) straight from its bytes,
 * to exactly the variants htsjdk's decoding and {@link AdCounts} give: bases-only alleles, no {@code END}, one
 * filter or none, and FORMAT values of the kinds it checks as htsjdk would. Every other line (a symbolic or
 * spanning-deletion allele, a filter list, {@code FT} or {@code GL}, percent-encoded text, anything malformed) is
 * declined and left to htsjdk, so unusual records and every rejection keep the one path they had.
 *
 * <p>Why: htsjdk builds allele, genotype and attribute objects for every field of every record. Warm, that costs
 * little; on a cold JVM it is most of the first file's import, the JIT compiling a large decoder while the
 * import waits (docs/performance.md). This reader is small, so it is compiled early.
 *
 * <p>{@code VcfVariantsTests} holds it to htsjdk's answer on every real VCF, crafted edge lines and mutated files.
 */
final class PlainRecords {

    /** Records with more alternate alleles than this are left to htsjdk. */
    private static final int MAX_ALTERNATES = 7;

    private static final int GT = 1;
    private static final int AD = 2;
    private static final int DP = 3;
    private static final int AF = 4;
    private static final int GQ = 5;
    /** Values htsjdk parses without ever failing the record ({@code PL}) or keeps as text. */
    private static final int TEXT = 6;

    private static final byte[] PASS = VCFConstants.PASSES_FILTERS_v4.getBytes(StandardCharsets.US_ASCII);
    private static final String[] SINGLE_BASES = new String[128];

    static {
        for (char base : "ACGTN".toCharArray()) {
            SINGLE_BASES[base] = String.valueOf(base);
        }
    }

    private final String[] sampleNames;
    /** The position among the sample columns of each sample whose variants are yielded. */
    private final int[] reportedColumns;

    private final int sampleColumns;
    private final String caller;

    private final int[] tabs;
    private final int[] altStart = new int[MAX_ALTERNATES];
    private final int[] altEnd = new int[MAX_ALTERNATES];

    private byte[] lastFormat = new byte[0];
    private int[] formatKinds = new int[0];
    private byte[] lastChrom = new byte[0];
    private String lastChromText;
    private byte[] lastFilter = new byte[0];
    private String lastFilterText;

    /** Per reported sample, the figures of the line being read. */
    private final int[] depths;

    private final int[][] alleleReads;
    private final String[] altFractions;

    private PlainRecords(List<String> samples, List<String> headerSamples, String caller) {
        this.sampleNames = samples.toArray(String[]::new);
        this.reportedColumns = samples.stream().mapToInt(headerSamples::indexOf).toArray();
        this.sampleColumns = headerSamples.size();
        this.caller = caller;
        this.tabs = new int[8 + sampleColumns];
        this.depths = new int[samples.size()];
        this.alleleReads = new int[samples.size()][];
        this.altFractions = new String[samples.size()];
    }

    /** A reader for the file's common records, or {@code null} when its convention is not {@code AD}. */
    static PlainRecords forFile(VcfInput input, List<String> samples, AlleleCounts convention, String caller) {
        if (!(convention instanceof AdCounts)) {
            return null;
        }
        return new PlainRecords(samples, input.header().getGenotypeSamples(), caller);
    }

    /**
     * Adds the variants of the current line (checked by {@link VcfInput#nextRecord()} for its column count) to
     * {@code out} and returns {@code true}, or adds nothing and returns {@code false} when htsjdk must read it.
     */
    boolean read(ByteLines line, long lineNumber, Queue<VcfVariant> out) {
        byte[] b = line.buffer();
        int start = line.start();
        int end = line.end();
        if (b[start] == '#') {
            return false;
        }
        int found = 0;
        for (int i = start; i < end; i++) {
            if (b[i] == '\t') {
                tabs[found++] = i;
            }
        }
        if (found != tabs.length) {
            return false;
        }
        int pos = position(b, tabs[0] + 1, tabs[1]);
        if (pos < 1
                || !printable(b, start, tabs[0], false)
                || tabs[2] == tabs[1] + 1
                || !bases(b, tabs[2] + 1, tabs[3])
                || !quality(b, tabs[4] + 1, tabs[5])
                || !filter(b, tabs[5] + 1, tabs[6])
                || !info(b, tabs[6] + 1, tabs[7])) {
            return false;
        }
        int alternates = alternates(b, tabs[2] + 1, tabs[3], tabs[3] + 1, tabs[4]);
        if (alternates == 0 || !format(b, tabs[7] + 1, tabs[8])) {
            return false;
        }
        int reported = 0;
        for (int column = 0; column < sampleColumns; column++) {
            int from = tabs[8 + column] + 1;
            int to = column + 1 < sampleColumns ? tabs[9 + column] : end;
            int slot = reported < reportedColumns.length && reportedColumns[reported] == column ? reported++ : -1;
            if (!sample(b, from, to, alternates + 1, slot)) {
                return false;
            }
        }
        SampleCounts[] counts = new SampleCounts[sampleNames.length];
        for (int s = 0; s < sampleNames.length; s++) {
            try {
                int[] reads = alleleReads[s] != null && alleleReads[s].length == alternates + 1 ? alleleReads[s] : null;
                counts[s] = new SampleCounts(
                        depths[s] < 0 ? null : depths[s], reads, FormatValues.doubles(altFractions[s]));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        String chrom = chrom(b, start, tabs[0]);
        String ref = text(b, tabs[2] + 1, tabs[3]);
        String filter = filterText(b, tabs[5] + 1, tabs[6]);
        for (int s = 0; s < sampleNames.length; s++) {
            for (int allele = 1; allele <= alternates; allele++) {
                AlleleFigures figures = counts[s].figures(allele);
                out.add(new VcfVariant(
                        sampleNames[s],
                        chrom,
                        pos,
                        ref,
                        text(b, altStart[allele - 1], altEnd[allele - 1]),
                        filter,
                        figures.depth(),
                        figures.altReads(),
                        figures.vaf(),
                        caller,
                        lineNumber));
            }
        }
        return true;
    }

    /** POS as htsjdk's {@code Integer.parseInt} reads it, or -1 for anything but plain digits in range. */
    private static int position(byte[] b, int from, int to) {
        return to - from > 0 && to - from <= 9 && digits(b, from, to) ? number(b, from, to) : -1;
    }

    private static boolean digits(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(byte[] b, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + b[i] - '0';
        }
        return value;
    }

    /** Non-empty visible ASCII (no space), {@code ;} allowed or not. */
    private static boolean printable(byte[] b, int from, int to, boolean semicolonAllowed) {
        if (to == from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (b[i] <= ' ' || b[i] > '~' || (!semicolonAllowed && b[i] == ';')) {
                return false;
            }
        }
        return true;
    }

    /** Non-empty upper-case A, C, G, T, N only (htsjdk upper-cases REF; a lower-case ALT it keeps as written). */
    private static boolean bases(byte[] b, int from, int to) {
        if (to == from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c != 'A' && c != 'C' && c != 'G' && c != 'T' && c != 'N') {
                return false;
            }
        }
        return true;
    }

    /** The ALT alleles' ranges; 0 when one is not plain bases, repeats REF or another ALT, or there are too many. */
    private int alternates(byte[] b, int refFrom, int refTo, int from, int to) {
        int count = 0;
        int alleleFrom = from;
        for (int i = from; i <= to; i++) {
            if (i == to || b[i] == ',') {
                if (count == MAX_ALTERNATES
                        || !bases(b, alleleFrom, i)
                        || Arrays.equals(b, alleleFrom, i, b, refFrom, refTo)) {
                    return 0;
                }
                for (int other = 0; other < count; other++) {
                    if (Arrays.equals(b, alleleFrom, i, b, altStart[other], altEnd[other])) {
                        return 0;
                    }
                }
                altStart[count] = alleleFrom;
                altEnd[count] = i;
                count++;
                alleleFrom = i + 1;
            }
        }
        return count;
    }

    /** {@code .} or an unsigned decimal number (htsjdk parses QUAL and fails the record on anything it cannot). */
    private static boolean quality(byte[] b, int from, int to) {
        if (to - from == 1 && b[from] == '.') {
            return true;
        }
        boolean digit = false;
        boolean point = false;
        for (int i = from; i < to; i++) {
            if (b[i] >= '0' && b[i] <= '9') {
                digit = true;
            } else if (b[i] == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digit;
    }

    /** {@code PASS}, {@code .} or one filter name ({@code 0} is a VCF 3 pass that htsjdk refuses). */
    private static boolean filter(byte[] b, int from, int to) {
        return printable(b, from, to, false) && !(to - from == 1 && b[from] == '0');
    }

    /** Not empty, no space, no percent-encoding, no {@code END} key. */
    private static boolean info(byte[] b, int from, int to) {
        if (to == from) {
            return false;
        }
        boolean keyStart = true;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == ' ' || c == '%') {
                return false;
            }
            if (keyStart
                    && c == 'E'
                    && i + 3 <= to
                    && b[i + 1] == 'N'
                    && b[i + 2] == 'D'
                    && (i + 3 == to || b[i + 3] == '=' || b[i + 3] == ';')) {
                return false;
            }
            keyStart = c == ';';
        }
        return true;
    }

    /** Reads the FORMAT keys (the previous line's answer reused when they are the same bytes). */
    private boolean format(byte[] b, int from, int to) {
        if (!Arrays.equals(b, from, to, lastFormat, 0, lastFormat.length)) {
            lastFormat = Arrays.copyOfRange(b, from, to);
            formatKinds = kinds(new String(lastFormat, StandardCharsets.UTF_8));
        }
        return formatKinds != null;
    }

    /** The kind of each FORMAT key, or {@code null} when htsjdk must read the line (GT not first, FT, GL, repeats). */
    private static int[] kinds(String format) {
        if (format.isEmpty() || format.equals(".")) {
            return null;
        }
        String[] keys = format.split(":", -1);
        int[] kinds = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].isEmpty() || Arrays.asList(keys).subList(0, i).contains(keys[i])) {
                return null;
            }
            kinds[i] = switch (keys[i]) {
                case "GT" -> i == 0 ? GT : -1;
                case "AD" -> AD;
                case "DP" -> DP;
                case "AF" -> AF;
                case "GQ" -> GQ;
                case "FT", "GL" -> -1;
                default -> TEXT;
            };
            if (kinds[i] < 0) {
                return null;
            }
        }
        return kinds;
    }

    /**
     * Checks one sample column as htsjdk's genotype decoding would and, for a reported sample ({@code slot >= 0}),
     * keeps its DP, AD and AF. A missing value ({@code .}, or fewer values than keys) is absent, as for htsjdk.
     */
    private boolean sample(byte[] b, int from, int to, int alleles, int slot) {
        if (slot >= 0) {
            depths[slot] = -1;
            alleleReads[slot] = null;
            altFractions[slot] = null;
        }
        int key = 0;
        int valueFrom = from;
        for (int i = from; i <= to; i++) {
            if (i < to && b[i] == '%') {
                return false;
            }
            if (i < to && b[i] != ':') {
                continue;
            }
            if (key == formatKinds.length || i == valueFrom) {
                return false;
            }
            boolean missing = i - valueFrom == 1 && b[valueFrom] == '.';
            switch (formatKinds[key]) {
                case GT -> {
                    if (!genotype(b, valueFrom, i, alleles)) {
                        return false;
                    }
                }
                case AD -> {
                    if (!missing) {
                        int[] reads = counts(b, valueFrom, i);
                        if (reads == null) {
                            return false;
                        }
                        if (slot >= 0) {
                            alleleReads[slot] = reads;
                        }
                    }
                }
                case DP, GQ -> {
                    if (!missing) {
                        if (i - valueFrom > 9 || !digits(b, valueFrom, i)) {
                            return false;
                        }
                        if (slot >= 0 && formatKinds[key] == DP) {
                            depths[slot] = number(b, valueFrom, i);
                        }
                    }
                }
                case AF -> {
                    if (!missing && slot >= 0) {
                        altFractions[slot] = new String(b, valueFrom, i - valueFrom, StandardCharsets.UTF_8);
                    }
                }
                default -> {}
            }
            key++;
            valueFrom = i + 1;
        }
        return true;
    }

    /** GT: allele indexes below {@code alleles} or {@code .}, separated by {@code /} or {@code |}. */
    private static boolean genotype(byte[] b, int from, int to, int alleles) {
        int indexFrom = from;
        for (int i = from; i <= to; i++) {
            if (i < to && b[i] != '/' && b[i] != '|') {
                continue;
            }
            int length = i - indexFrom;
            boolean noCall = length == 1 && b[indexFrom] == '.';
            if (length > 0 && !noCall) {
                if (length > 9 || !digits(b, indexFrom, i) || number(b, indexFrom, i) >= alleles) {
                    return false;
                }
            }
            indexFrom = i + 1;
        }
        return true;
    }

    /** AD: comma-separated counts, each plain digits; {@code null} for anything else. */
    private static int[] counts(byte[] b, int from, int to) {
        int values = 1;
        for (int i = from; i < to; i++) {
            if (b[i] == ',') {
                values++;
            }
        }
        int[] counts = new int[values];
        int value = 0;
        int valueFrom = from;
        for (int i = from; i <= to; i++) {
            if (i == to || b[i] == ',') {
                if (i == valueFrom || i - valueFrom > 9 || !digits(b, valueFrom, i)) {
                    return null;
                }
                counts[value++] = number(b, valueFrom, i);
                valueFrom = i + 1;
            }
        }
        return counts;
    }

    private String chrom(byte[] b, int from, int to) {
        if (!Arrays.equals(b, from, to, lastChrom, 0, lastChrom.length)) {
            lastChrom = Arrays.copyOfRange(b, from, to);
            lastChromText = new String(lastChrom, StandardCharsets.US_ASCII);
        }
        return lastChromText;
    }

    private String filterText(byte[] b, int from, int to) {
        if (Arrays.equals(b, from, to, PASS, 0, PASS.length)) {
            return VCFConstants.PASSES_FILTERS_v4;
        }
        if (!Arrays.equals(b, from, to, lastFilter, 0, lastFilter.length)) {
            lastFilter = Arrays.copyOfRange(b, from, to);
            lastFilterText = new String(lastFilter, StandardCharsets.US_ASCII);
        }
        return lastFilterText;
    }

    private static String text(byte[] b, int from, int to) {
        return to - from == 1 ? SINGLE_BASES[b[from]] : new String(b, from, to - from, StandardCharsets.US_ASCII);
    }
}
