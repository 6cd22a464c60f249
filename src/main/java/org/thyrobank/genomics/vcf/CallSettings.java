package org.thyrobank.genomics.vcf;

import java.nio.file.Path;

/**
 * How to call one VCF.
 *
 * @param sample         the only sample column to report; {@code null}: every sample but the {@code ##normal_sample}
 * @param build          the genome build; {@code null}: read it from the header (it wins over the header when given)
 * @param thresholds     the figures a call is held to
 * @param coveredRegions a BED of the panel's validated coverage (wild type where no record is), or {@code null}
 */
public record CallSettings(String sample, GenomeBuild build, Thresholds thresholds, Path coveredRegions) {

    public CallSettings {
        if (thresholds == null) {
            throw new IllegalArgumentException("thresholds are required");
        }
    }

    /** Every sample, the build from the header, the reference thresholds, no covered regions. */
    public static CallSettings defaults() {
        return new CallSettings(null, null, Thresholds.defaults(), null);
    }
}
