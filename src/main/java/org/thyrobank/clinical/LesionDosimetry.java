package org.thyrobank.clinical;

import java.math.BigDecimal;

/** A row of {@code clinical/lesion_dosimetry.csv}: 124I PET predicted absorbed dose per GBq of 131I. */
public record LesionDosimetry(
        String patientId, String lesionId, BigDecimal lesionGyPerGbq, BigDecimal uptakePct, BigDecimal volumeMl) {

    public LesionDosimetry {
        Required.id(patientId, "patient_id");
        Required.id(lesionId, "lesion_id");
        Required.positive(lesionGyPerGbq, "lesion_gy_per_gbq");
        Required.notNegative(uptakePct, "uptake_pct");
        Required.notNegative(volumeMl, "volume_ml");
    }
}
