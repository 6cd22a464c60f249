package org.thyrobank.clinical;

import java.time.LocalDate;

/** A row of {@code clinical/adverse_events.csv}: a CTCAE v4.0 term and its grade (1-5). */
public record AdverseEvent(String patientId, String term, int grade, LocalDate onsetOn) {

    public AdverseEvent {
        Required.id(patientId, "patient_id");
        Required.id(term, "term");
        if (grade < 1 || grade > 5) {
            throw new IllegalArgumentException("a CTCAE grade is 1 to 5, was " + grade);
        }
    }
}
