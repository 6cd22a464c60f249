package org.thyrobank.clinical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One assessment visit from the baseline on: the target sum of diameters in mm (short axis for lymph nodes;
 * null when a target lesion has no measurement), the worst non-target status recorded (null when none was),
 * whether a new lesion was recorded, and the RECIST 1.1 overall response (null at the baseline itself).
 */
public record VisitResponse(
        String patientId,
        LocalDate assessedOn,
        long daysFromFirstTherapy,
        boolean baseline,
        BigDecimal targetSumMm,
        Assessment.NonTargetStatus nonTargetStatus,
        boolean newLesion,
        OverallResponse response) {

    public VisitResponse {
        Required.id(patientId, "patient_id");
        Objects.requireNonNull(assessedOn, "assessed_on");
        if (baseline == (response != null)) {
            throw new IllegalArgumentException("the baseline has no response and every later visit has one");
        }
    }
}
