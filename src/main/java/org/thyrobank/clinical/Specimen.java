package org.thyrobank.clinical;

import java.time.LocalDate;
import java.util.Objects;

/** A row of {@code clinical/specimens.csv}. Circulating specimens (plasma, serum) always carry their timepoint. */
public record Specimen(String specimenId, String patientId, Kind kind, Timepoint timepoint, LocalDate collectedOn) {

    public enum Kind {
        TUMOUR_TISSUE,
        PLASMA,
        SERUM;

        public boolean circulating() {
            return this != TUMOUR_TISSUE;
        }
    }

    /** PRE = before the 131I therapy, POST = the 6-month sample. */
    public enum Timepoint {
        PRE,
        POST
    }

    public Specimen {
        Required.id(specimenId, "specimen_id");
        Required.id(patientId, "patient_id");
        Objects.requireNonNull(kind, "kind");
        if (kind.circulating() && timepoint == null) {
            throw new IllegalArgumentException(kind + " specimen " + specimenId + " needs a timepoint");
        }
    }
}
