package org.thyrobank.clinical;

import java.time.LocalDate;

/**
 * A row of {@code clinical/adverse_events.csv}: a CTCAE v4.0 term, its grade (1-5), its onset and the investigator's
 * attribution to the therapy ({@code null} when not assessed).
 */
public record AdverseEvent(String patientId, String term, int grade, LocalDate onsetOn, Attribution attribution) {

    /** The investigator's judgement of whether the therapy caused the event. */
    public enum Attribution {
        UNRELATED,
        UNLIKELY,
        POSSIBLE,
        PROBABLE,
        DEFINITE;

        /** POSSIBLE, PROBABLE and DEFINITE are related; an event not assessed ({@code null}) counts as related. */
        public static boolean related(Attribution attribution) {
            return attribution == null || attribution.compareTo(POSSIBLE) >= 0;
        }
    }

    public AdverseEvent {
        Required.id(patientId, "patient_id");
        Required.id(term, "term");
        if (grade < 1 || grade > 5) {
            throw new IllegalArgumentException("a CTCAE grade is 1 to 5, was " + grade);
        }
    }

    /** Whether the event counts as treatment-related: attribution POSSIBLE or above, or not assessed. */
    public boolean related() {
        return Attribution.related(attribution);
    }
}
