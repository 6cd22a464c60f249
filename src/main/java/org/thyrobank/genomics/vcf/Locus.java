package org.thyrobank.genomics.vcf;

/**
 * A stretch of one chromosome, 1-based and inclusive, named without a {@code chr} prefix ({@code 7}, {@code MT}).
 */
public record Locus(String chrom, int start, int end) {

    public Locus {
        if (chrom == null || chrom.isBlank() || chrom.startsWith("chr")) {
            throw new IllegalArgumentException("chromosome must be named without 'chr': " + chrom);
        }
        if (start < 1 || end < start) {
            throw new IllegalArgumentException("bad locus " + chrom + ":" + start + "-" + end);
        }
    }

    /** {@code chr7} and {@code 7} name the same chromosome, as do {@code chrM}, {@code M} and {@code MT}. */
    public static String normalise(String contig) {
        String name = contig.startsWith("chr") ? contig.substring(3) : contig;
        return name.equals("M") ? "MT" : name;
    }

    boolean overlaps(int from, int to) {
        return from <= end && to >= start;
    }

    boolean contains(int position) {
        return position >= start && position <= end;
    }

    int length() {
        return end - start + 1;
    }
}
