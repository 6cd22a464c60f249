package org.thyrobank.mirna.normalisation;

import java.util.Objects;
import org.thyrobank.mirna.Timepoint;

/**
 * A miRNA in a specimen, normalised: dCq = Cq - normaliser, rounded to 6 decimals.
 *
 * @param cq         the Cq after inter-plate calibration; {@code null} when not detected
 * @param normaliser the specimen's normaliser Cq; {@code null} when the method's assays were not detected in it
 * @param dCq        {@code null} when the miRNA was not detected or the specimen has no normaliser
 */
public record DeltaCq(
        String specimenId,
        String patientId,
        Timepoint timepoint,
        String mirna,
        Double cq,
        Double normaliser,
        Double dCq) {

    public DeltaCq {
        Objects.requireNonNull(specimenId, "specimenId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(mirna, "mirna");
        if ((dCq != null) != (cq != null && normaliser != null)) {
            throw new IllegalArgumentException("a dCq exists exactly when the Cq and the normaliser do");
        }
    }

    public boolean detected() {
        return cq != null;
    }
}
