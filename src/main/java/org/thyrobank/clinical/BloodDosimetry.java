package org.thyrobank.clinical;

import java.math.BigDecimal;

/** A row of {@code clinical/blood_dosimetry.csv}: 124I absorbed dose to blood per GBq of 131I. */
public record BloodDosimetry(String patientId, BigDecimal bloodGyPerGbq, BigDecimal wholeBodyRetention48hPct) {

    public BloodDosimetry {
        Required.id(patientId, "patient_id");
        Required.positive(bloodGyPerGbq, "blood_gy_per_gbq");
        Required.notNegative(wholeBodyRetention48hPct, "whole_body_retention_48h_pct");
    }
}
