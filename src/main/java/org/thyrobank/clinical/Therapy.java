package org.thyrobank.clinical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A row of {@code clinical/therapies.csv}: one administration of 131I. */
public record Therapy(String patientId, LocalDate treatedOn, BigDecimal administeredGbq) {

    public Therapy {
        Required.id(patientId, "patient_id");
        Objects.requireNonNull(treatedOn, "treated_on");
        Required.positive(administeredGbq, "administered_gbq");
    }
}
