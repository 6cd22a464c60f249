package org.thyrobank.genomics.vcf;

import htsjdk.variant.variantcontext.Allele;
import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFConstants;

/** A gVCF reference block ({@code END}, only symbolic alternates): depth evidence, {@code MIN_DP} else {@code DP}. */
final class GvcfBlock {

    private static final String MIN_DP = "MIN_DP";

    private GvcfBlock() {}

    static boolean isBlock(VariantContext record) {
        return record.hasAttribute(VCFConstants.END_KEY)
                && record.getAlternateAlleles().stream().allMatch(Allele::isSymbolic);
    }

    static SampleCounts read(Genotype sample) {
        Integer minimum = FormatValues.firstInt(sample, MIN_DP);
        return new SampleCounts(minimum != null ? minimum : FormatValues.depth(sample), null, null);
    }
}
