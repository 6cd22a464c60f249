package org.thyrobank.genomics.vcf;

import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFHeader;

/** FreeBayes: {@code RO} reference observations, {@code AO} per alt, {@code DP}. */
final class FreeBayesCounts implements AlleleCounts {

    private static final String REF_READS = "RO";
    private static final String ALT_READS = "AO";

    @Override
    public boolean canRead(VCFHeader header) {
        return AlleleCounts.hasFormats(header, REF_READS, ALT_READS);
    }

    @Override
    public SampleCounts read(VariantContext record, Genotype sample) {
        Integer ref = FormatValues.firstInt(sample, REF_READS);
        int[] alt = FormatValues.ints(sample, ALT_READS);
        int[] reads = null;
        if (ref != null && alt != null && alt.length == record.getNAlleles() - 1) {
            reads = new int[alt.length + 1];
            reads[0] = ref;
            System.arraycopy(alt, 0, reads, 1, alt.length);
        }
        return new SampleCounts(FormatValues.depth(sample), reads, null);
    }
}
