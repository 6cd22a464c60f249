package org.thyrobank.clinical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A row of {@code clinical/assessments.csv}: one lesion at one visit. A row with {@code newLesion} records a
 * new lesion (its lesion_id, {@code NEW-…}, names no row of lesions.csv).
 */
public record Assessment(
        String patientId,
        LocalDate assessedOn,
        String lesionId,
        BigDecimal diameterMm,
        NonTargetStatus nonTargetStatus,
        boolean newLesion) {

    public enum NonTargetStatus {
        ABSENT,
        PRESENT,
        UNEQUIVOCAL_PROGRESSION
    }

    public Assessment {
        Required.id(patientId, "patient_id");
        Objects.requireNonNull(assessedOn, "assessed_on");
        Required.id(lesionId, "lesion_id");
        Required.notNegative(diameterMm, "diameter_mm");
    }
}
