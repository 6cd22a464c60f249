package org.thyrobank.genomics.vcf;

import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFConstants;
import htsjdk.variant.vcf.VCFHeader;

/** VarScan2: {@code RD} reference reads, {@code AD} alternate reads (Number=1), {@code FREQ} as a percentage, {@code DP}. */
final class VarScanCounts implements AlleleCounts {

    private static final String REF_READS = "RD";
    private static final String FREQUENCY = "FREQ";

    @Override
    public boolean canRead(VCFHeader header) {
        return AlleleCounts.hasFormats(header, REF_READS, FREQUENCY);
    }

    @Override
    public SampleCounts read(VariantContext record, Genotype sample) {
        Integer refReads = FormatValues.firstInt(sample, REF_READS);
        int[] altReads =
                sample.hasAD() ? sample.getAD() : FormatValues.ints(sample, VCFConstants.GENOTYPE_ALLELE_DEPTHS);
        int[] reads = null;
        if (refReads != null && altReads != null && altReads.length == record.getNAlleles() - 1) {
            reads = new int[record.getNAlleles()];
            reads[0] = refReads;
            System.arraycopy(altReads, 0, reads, 1, altReads.length);
        }
        return new SampleCounts(FormatValues.depth(sample), reads, FormatValues.doubles(sample, FREQUENCY));
    }
}
