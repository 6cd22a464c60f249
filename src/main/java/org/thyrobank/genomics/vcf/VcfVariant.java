package org.thyrobank.genomics.vcf;

/**
 * One alternate allele of one VCF record as one sample saw it, for storing every variant of a file.
 *
 * @param chrom    the contig as the file names it ({@code chr7} or {@code 7})
 * @param filter   {@code PASS}, {@code .} (no filters applied) or the failed filters joined by {@code ;}
 * @param depth    the sample's own depth (see docs/analyses.md), {@code null} when the caller gave none
 * @param altReads reads carrying this allele, {@code null} when the caller gave none
 * @param vaf      alt reads over all the sample's allele counts, or the caller's own fraction
 * @param caller   the {@code ##source} of the file, {@code null} when it has none
 * @param line     the line of the file the record is on
 */
public record VcfVariant(
        String sample,
        String chrom,
        int pos,
        String ref,
        String alt,
        String filter,
        Integer depth,
        Integer altReads,
        Double vaf,
        String caller,
        long line) {}
