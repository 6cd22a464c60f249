package org.thyrobank.genomics.importing;

import org.thyrobank.genomics.vcf.GenomeBuild;
import org.thyrobank.platform.importing.BundleFile;

/**
 * One checked row of a run's manifest.csv.
 *
 * @param build          as the manifest gives it, else as the VCF's header names it
 * @param coveredRegions the BED file named in covered_regions, or {@code null}
 */
record ManifestEntry(
        String runId, BundleFile vcf, String sample, String specimenId, GenomeBuild build, BundleFile coveredRegions) {

    /**
     * What the calls of the VCF depend on besides its own content: another value (a corrected manifest row, an
     * edited BED) makes an unchanged VCF be imported again.
     */
    String settings() {
        return "sample=" + sample + ";specimen=" + specimenId + ";build=" + build + ";covered_regions="
                + (coveredRegions == null ? "" : coveredRegions.relativePath() + "@" + coveredRegions.sha256());
    }
}
