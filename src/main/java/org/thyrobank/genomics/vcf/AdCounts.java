package org.thyrobank.genomics.vcf;

import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFConstants;
import htsjdk.variant.vcf.VCFHeader;

/** GATK Mutect2 and HaplotypeCaller, DRAGEN: {@code AD} per allele (Number=R), {@code DP}, {@code AF} per alt. */
final class AdCounts implements AlleleCounts {

    @Override
    public boolean canRead(VCFHeader header) {
        return AlleleCounts.hasFormats(header, VCFConstants.GENOTYPE_ALLELE_DEPTHS);
    }

    @Override
    public SampleCounts read(VariantContext record, Genotype sample) {
        int[] reads = sample.hasAD() && sample.getAD().length == record.getNAlleles() ? sample.getAD() : null;
        return new SampleCounts(
                FormatValues.depth(sample), reads, FormatValues.doubles(sample, VCFConstants.ALLELE_FREQUENCY_KEY));
    }
}
