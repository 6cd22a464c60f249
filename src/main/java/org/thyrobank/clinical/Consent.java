package org.thyrobank.clinical;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A row of {@code clinical/consent.csv}: what one patient consented to in one scope, and whether and how the consent
 * was withdrawn (docs/consent.md). {@code withdrawal} is null when the file left it blank; {@link #stopsAllUse()}
 * reads a blank withdrawal as {@link Withdrawal#STOP_ALL_USE}.
 */
public record Consent(String patientId, Scope scope, LocalDate givenOn, LocalDate withdrawnOn, Withdrawal withdrawal) {

    /** What a patient may consent to. */
    public enum Scope {
        CLINICAL_RESEARCH,
        GENOMICS,
        MIRNA,
        DATA_SHARING
    }

    /** What a withdrawal stops: every use of the patient's data, or only the data dated after withdrawn_on. */
    public enum Withdrawal {
        STOP_ALL_USE,
        STOP_NEW_DATA
    }

    public Consent {
        Required.id(patientId, "patient_id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(givenOn, "given_on");
        if (withdrawnOn != null && withdrawnOn.isBefore(givenOn)) {
            throw new IllegalArgumentException("withdrawn_on " + withdrawnOn + " is before given_on " + givenOn);
        }
        if (withdrawal != null && withdrawnOn == null) {
            throw new IllegalArgumentException("withdrawal " + withdrawal + " needs a withdrawn_on date");
        }
    }

    /** Withdrawn so that none of the patient's data of this scope may be used. */
    public boolean stopsAllUse() {
        return withdrawnOn != null && (withdrawal == null || withdrawal == Withdrawal.STOP_ALL_USE);
    }

    /**
     * Whether data of this scope dated {@code dated} may be used: always while not withdrawn; never after a
     * STOP_ALL_USE withdrawal; after a STOP_NEW_DATA withdrawal, data dated on or before withdrawn_on only (undated
     * data cannot be shown to precede it, so it is not used).
     */
    public boolean allowsDataOf(LocalDate dated) {
        if (withdrawnOn == null) {
            return true;
        }
        if (stopsAllUse()) {
            return false;
        }
        return dated != null && !dated.isAfter(withdrawnOn);
    }
}
