package org.thyrobank.mirna;

import java.util.Objects;
import org.thyrobank.clinical.Specimen;

/**
 * What the plate import needs to know of a specimen of specimens.csv.
 *
 * @param timepoint required for PLASMA and SERUM, {@code null} for tumour tissue
 */
public record RegisteredSpecimen(String specimenId, String patientId, Specimen.Kind kind, Timepoint timepoint) {

    public RegisteredSpecimen {
        Objects.requireNonNull(specimenId, "specimenId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(kind, "kind");
        if (kind.circulating() && timepoint == null) {
            throw new IllegalArgumentException(
                    specimenId + ": a " + kind + " specimen needs a timepoint (PRE or POST)");
        }
    }
}
