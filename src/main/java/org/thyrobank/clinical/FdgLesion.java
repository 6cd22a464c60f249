package org.thyrobank.clinical;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A row of {@code clinical/fdg.csv}: the FDG PET/CT reading of one lesion, before therapy ({@code PRE}) or at the
 * 6-month scan ({@code POST}).
 */
public record FdgLesion(
        String patientId, String lesionId, BigDecimal suvMax, boolean fdgPositive, Specimen.Timepoint timepoint) {

    public FdgLesion {
        Required.id(patientId, "patient_id");
        Required.id(lesionId, "lesion_id");
        Required.notNegative(Objects.requireNonNull(suvMax, "suv_max"), "suv_max");
        Objects.requireNonNull(timepoint, "timepoint");
    }

    public boolean pre() {
        return timepoint == Specimen.Timepoint.PRE;
    }
}
