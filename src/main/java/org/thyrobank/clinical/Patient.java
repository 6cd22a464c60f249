package org.thyrobank.clinical;

import java.util.Objects;

/** A row of {@code clinical/patients.csv}: a pseudonymous patient, never a name or a birth date. */
public record Patient(String patientId, Centre centre, Sex sex, Integer birthYear, Histology histology) {

    public enum Centre {
        MILAN,
        NEGRAR
    }

    public enum Sex {
        F,
        M
    }

    public enum Histology {
        PAPILLARY,
        FOLLICULAR,
        ONCOCYTIC,
        POORLY_DIFFERENTIATED
    }

    public Patient {
        Required.id(patientId, "patient_id");
        Objects.requireNonNull(centre, "centre");
    }
}
