package org.thyrobank.genomics.vcf;

/**
 * What a caller wrote for one sample at one record, in the caller's own convention turned into one shape.
 *
 * @param depth        the sample's own depth figure, or {@code null} when the caller wrote none
 * @param alleleReads  reads per allele, reference first ({@code -1} where missing), or {@code null}
 * @param altFractions the caller's own fraction per alternate allele ({@code NaN} where missing), or {@code null}
 */
record SampleCounts(Integer depth, int[] alleleReads, double[] altFractions) {

    /**
     * Figures for allele {@code allele} (1 = the first alternate). Depth falls back to the sum of the allele
     * counts; VAF is alt reads over the sum of every allele's reads, or the caller's own fraction where the
     * counts of some allele are missing (docs/analyses.md).
     */
    AlleleFigures figures(int allele) {
        Integer altReads = alleleReads != null && allele < alleleReads.length && alleleReads[allele] >= 0
                ? alleleReads[allele]
                : null;
        Integer sum = sumOfReads();
        Double vaf = null;
        if (altReads != null && sum != null && sum > 0) {
            vaf = altReads / (double) sum;
        } else if (altFractions != null
                && allele - 1 < altFractions.length
                && !Double.isNaN(altFractions[allele - 1])) {
            vaf = Math.min(1.0, Math.max(0.0, altFractions[allele - 1]));
        }
        return new AlleleFigures(depth != null ? depth : sum, altReads, vaf);
    }

    /** The sample's depth: its own figure, else the sum of its allele counts. */
    Integer sampleDepth() {
        return depth != null ? depth : sumOfReads();
    }

    private Integer sumOfReads() {
        if (alleleReads == null) {
            return null;
        }
        int sum = 0;
        for (int reads : alleleReads) {
            if (reads < 0) {
                return null;
            }
            sum += reads;
        }
        return sum;
    }
}
