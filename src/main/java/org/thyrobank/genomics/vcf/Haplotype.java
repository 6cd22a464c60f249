package org.thyrobank.genomics.vcf;

import htsjdk.variant.variantcontext.Allele;
import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.vcf.VCFConstants;

/**
 * The haplotype a caller put an alternate allele on: a phase set ({@code PS}, or Mutect2's {@code PID}) and
 * the side of the phased genotype ({@code GT} or Mutect2's {@code PGT}) that carries the allele. Alleles on the
 * same haplotype in one codon are read together as one codon change.
 */
record Haplotype(String phaseSet, int side) {

    private static final String MUTECT2_PHASE_ID = "PID";
    private static final String MUTECT2_PHASED_GENOTYPE = "PGT";

    /** The haplotype of allele {@code allele} (1 = first alternate) in this sample, or {@code null} when unphased. */
    static Haplotype of(Genotype sample, Allele alternate, int allele) {
        Object phaseSet = sample.getExtendedAttribute(VCFConstants.PHASE_SET_KEY);
        if (phaseSet != null && !VCFConstants.MISSING_VALUE_v4.equals(phaseSet.toString()) && sample.isPhased()) {
            int side = sample.getAlleles().indexOf(alternate);
            return side < 0 ? null : new Haplotype("PS:" + phaseSet, side);
        }
        Object phaseId = sample.getExtendedAttribute(MUTECT2_PHASE_ID);
        Object phasedGenotype = sample.getExtendedAttribute(MUTECT2_PHASED_GENOTYPE);
        if (phaseId != null && phasedGenotype != null && !VCFConstants.MISSING_VALUE_v4.equals(phaseId.toString())) {
            String[] sides = phasedGenotype.toString().split("\\|");
            for (int side = 0; side < sides.length; side++) {
                if (sides[side].equals(Integer.toString(allele)) || (sides[side].equals("1") && sides.length == 2)) {
                    return new Haplotype("PID:" + phaseId, side);
                }
            }
        }
        return null;
    }
}
