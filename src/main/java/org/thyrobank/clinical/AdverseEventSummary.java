package org.thyrobank.clinical;

/** One CTCAE term across the cohort: how many events, in how many patients, and the highest grade. */
public record AdverseEventSummary(String term, int events, int patients, int maxGrade) {

    public AdverseEventSummary {
        Required.id(term, "term");
        if (events < 1 || patients < 1 || patients > events || maxGrade < 1 || maxGrade > 5) {
            throw new IllegalArgumentException("impossible summary of " + term + ": " + events + " events, "
                    + patients + " patients, max grade " + maxGrade);
        }
    }
}
