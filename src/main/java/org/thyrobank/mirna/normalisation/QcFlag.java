package org.thyrobank.mirna.normalisation;

import java.util.Objects;

/**
 * Something QC found about a specimen on a plate. Flags are reported with every result; a flagged specimen is
 * left out only when the user asks for it.
 *
 * @param detail the figures behind the flag, for the report
 */
public record QcFlag(String plate, String specimenId, Issue issue, String detail) {

    public enum Issue {
        /** A spike-in outside the plate mean +- band x SD: extraction or RT to be checked. */
        SPIKE_IN_OUT_OF_RANGE,
        /** A spike-in that was not detected at all. */
        SPIKE_IN_NOT_DETECTED,
        /** Cq(miR-23a-3p) - Cq(miR-451a) above the haemolysis delta (Blondal et al. 2013). */
        HAEMOLYSIS,
        /** Technical replicates of one assay whose Cq SD exceeds reference/qpcr.properties replicate-sd-limit. */
        REPLICATE_SD,
        /**
         * A no-template control of the assay on the plate amplified (Cq at or below reference/qpcr.properties
         * ntc-max-cq): the specimen's wells of that assay on that plate may be contaminated.
         */
        NTC_AMPLIFIED
    }

    public QcFlag {
        Objects.requireNonNull(plate, "plate");
        Objects.requireNonNull(specimenId, "specimenId");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(detail, "detail");
    }
}
