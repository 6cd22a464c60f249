package org.thyrobank.genomics.vcf;

import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFHeader;

/**
 * Ion Torrent Variant Caller: flow-evaluated counts {@code FAO} per alt and {@code FRO}, depth {@code FDP};
 * without {@code FRO} the fraction is {@code FAO/FDP}.
 */
final class IonTorrentCounts implements AlleleCounts {

    private static final String ALT_READS = "FAO";
    private static final String REF_READS = "FRO";
    private static final String DEPTH = "FDP";

    @Override
    public boolean canRead(VCFHeader header) {
        return AlleleCounts.hasFormats(header, ALT_READS, DEPTH);
    }

    @Override
    public SampleCounts read(VariantContext record, Genotype sample) {
        Integer depth = FormatValues.firstInt(sample, DEPTH);
        int[] alt = FormatValues.ints(sample, ALT_READS);
        Integer ref = FormatValues.firstInt(sample, REF_READS);
        if (alt == null || alt.length != record.getNAlleles() - 1) {
            return new SampleCounts(depth, null, null);
        }
        int[] reads = new int[alt.length + 1];
        reads[0] = ref == null ? -1 : ref;
        System.arraycopy(alt, 0, reads, 1, alt.length);
        double[] fractions = new double[alt.length];
        for (int i = 0; i < alt.length; i++) {
            fractions[i] = depth == null || depth == 0 || alt[i] < 0 ? Double.NaN : alt[i] / (double) depth;
        }
        return new SampleCounts(depth, reads, fractions);
    }
}
