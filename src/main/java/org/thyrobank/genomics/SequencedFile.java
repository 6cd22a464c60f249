package org.thyrobank.genomics;

/**
 * A stored VCF as its run's manifest named it: enough to write the manifest row back.
 *
 * @param sourceFile             the VCF's bundle path, {@code sequencing/<run>/<file>}
 * @param coveredRegions         the BED file's bundle path, or {@code null}
 * @param coveredRegionsSha256   the SHA-256 the BED had when the VCF was called with it, or {@code null}
 */
public record SequencedFile(
        String sourceFile,
        String runId,
        String specimenId,
        String sample,
        String genomeBuild,
        String coveredRegions,
        String coveredRegionsSha256) {

    /** The file name inside its run folder. */
    public String fileName() {
        return sourceFile.substring(sourceFile.lastIndexOf('/') + 1);
    }
}
