package org.thyrobank.genomics.vcf;

import htsjdk.variant.variantcontext.Allele;
import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.variantcontext.VariantContext;
import java.util.ArrayList;
import java.util.List;

/**
 * One record as one sample saw it: the span it covers, whether it passed the caller's filters, the sample's
 * depth there and its alternate alleles.
 */
record SampleRecord(int start, int end, boolean passing, Integer depth, List<Alternate> alternates) {

    /**
     * An alternate allele with the sample's figures; {@code bases} is {@code null} for a symbolic or spanning
     * deletion allele, {@code haplotype} when the caller did not phase it.
     */
    record Alternate(int position, String ref, String bases, AlleleFigures figures, Haplotype haplotype) {}

    static SampleRecord of(VariantContext record, Genotype sample, AlleleCounts convention) {
        SampleCounts counts = AlleleCounts.of(convention, record, sample);
        List<Alternate> alternates = new ArrayList<>();
        for (int i = 1; i < record.getNAlleles(); i++) {
            Allele allele = record.getAlleles().get(i);
            String bases = allele.isSymbolic() || allele.equals(Allele.SPAN_DEL) ? null : allele.getBaseString();
            alternates.add(new Alternate(
                    record.getStart(),
                    record.getReference().getBaseString(),
                    bases,
                    counts.figures(i),
                    Haplotype.of(sample, allele, i)));
        }
        return new SampleRecord(
                record.getStart(),
                record.getEnd(),
                !record.isFiltered(),
                counts.sampleDepth(),
                List.copyOf(alternates));
    }
}
