package org.thyrobank.clinical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A row of {@code clinical/iodine_pet.csv}: the lesion's 124I uptake (% of the administered activity) at the PET
 * repeated 6 months after therapy; the pre-treatment uptake is lesion_dosimetry's {@code uptake_pct}.
 */
public record IodinePetScan(String patientId, String lesionId, LocalDate scannedOn, BigDecimal uptakePct) {

    public IodinePetScan {
        Required.id(patientId, "patient_id");
        Required.id(lesionId, "lesion_id");
        Objects.requireNonNull(scannedOn, "scanned_on");
        Required.notNegative(Objects.requireNonNull(uptakePct, "uptake_pct"), "uptake_pct");
    }
}
