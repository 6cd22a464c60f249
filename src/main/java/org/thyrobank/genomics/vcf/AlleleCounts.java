package org.thyrobank.genomics.vcf;

import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFHeader;
import java.util.List;

/**
 * One variant caller's convention for a sample's read counts. The header's FORMAT definitions choose the
 * convention once per file; a gVCF reference block is read as a block whatever the caller.
 */
interface AlleleCounts {

    /** Whether this convention is the one the header's FORMAT definitions announce. */
    boolean canRead(VCFHeader header);

    SampleCounts read(VariantContext record, Genotype sample);

    /** The convention of a file: the first that recognises its header, else {@code AD} (GATK, DRAGEN). */
    static AlleleCounts forHeader(VCFHeader header) {
        List<AlleleCounts> conventions =
                List.of(new StrelkaCounts(), new IonTorrentCounts(), new VarScanCounts(), new FreeBayesCounts());
        return conventions.stream()
                .filter(convention -> convention.canRead(header))
                .findFirst()
                .orElseGet(AdCounts::new);
    }

    /** The counts of one sample at one record, a gVCF block read as a block. */
    static SampleCounts of(AlleleCounts convention, VariantContext record, Genotype sample) {
        return GvcfBlock.isBlock(record) ? GvcfBlock.read(sample) : convention.read(record, sample);
    }

    static boolean hasFormats(VCFHeader header, String... keys) {
        for (String key : keys) {
            if (!header.hasFormatLine(key)) {
                return false;
            }
        }
        return true;
    }
}
