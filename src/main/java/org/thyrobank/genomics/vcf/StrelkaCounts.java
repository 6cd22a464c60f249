package org.thyrobank.genomics.vcf;

import htsjdk.variant.variantcontext.Allele;
import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFHeader;

/**
 * Strelka2 somatic calls: SNVs give tier-1 base counts {@code AU/CU/GU/TU} (first of two values), indels
 * {@code TAR/TIR}; {@code DP} is the tier-1 depth.
 */
final class StrelkaCounts implements AlleleCounts {

    private static final String INDEL_REF = "TAR";
    private static final String INDEL_ALT = "TIR";
    private static final String TIER_1_COUNT_SUFFIX = "U";

    @Override
    public boolean canRead(VCFHeader header) {
        return AlleleCounts.hasFormats(header, "AU", "CU", "GU", "TU")
                || AlleleCounts.hasFormats(header, INDEL_REF, INDEL_ALT);
    }

    @Override
    public SampleCounts read(VariantContext record, Genotype sample) {
        Integer depth = FormatValues.depth(sample);
        if (sample.hasExtendedAttribute(INDEL_REF) && sample.hasExtendedAttribute(INDEL_ALT)) {
            return new SampleCounts(depth, new int[] {tier1(sample, INDEL_REF), tier1(sample, INDEL_ALT)}, null);
        }
        int[] reads = new int[record.getNAlleles()];
        for (int i = 0; i < reads.length; i++) {
            Allele allele = record.getAlleles().get(i);
            reads[i] = allele.length() == 1 && !allele.isSymbolic()
                    ? tier1(sample, allele.getBaseString().toUpperCase() + TIER_1_COUNT_SUFFIX)
                    : -1;
        }
        return new SampleCounts(depth, reads, null);
    }

    private static int tier1(Genotype sample, String key) {
        int[] tiers = FormatValues.ints(sample, key);
        return tiers == null || tiers.length == 0 ? -1 : tiers[0];
    }
}
