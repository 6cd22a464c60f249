package org.thyrobank.clinical;

import java.math.BigDecimal;
import java.util.Objects;

/** A row of {@code clinical/fdg.csv}: the pre-treatment FDG PET/CT reading of one lesion. */
public record FdgLesion(String patientId, String lesionId, BigDecimal suvMax, boolean fdgPositive) {

    public FdgLesion {
        Required.id(patientId, "patient_id");
        Required.id(lesionId, "lesion_id");
        Required.notNegative(Objects.requireNonNull(suvMax, "suv_max"), "suv_max");
    }
}
