package org.thyrobank.genomics.vcf;

/** One sample's figures for one alternate allele of a record; {@code null} where the caller gave none. */
record AlleleFigures(Integer depth, Integer altReads, Double vaf) {}
