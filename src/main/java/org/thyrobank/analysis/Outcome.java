package org.thyrobank.analysis;

import org.thyrobank.clinical.PatientOutcome;

/**
 * The patient outcomes tested against the factors. SOFT_TISSUE_CR and RADIORESISTANT are defined for evaluable
 * patients only; IODINE_REFRACTORY for every patient with dosimetry.
 */
public enum Outcome {
    SOFT_TISSUE_CR(true),
    IODINE_REFRACTORY(false),
    RADIORESISTANT(true);

    private final boolean evaluableOnly;

    Outcome(boolean evaluableOnly) {
        this.evaluableOnly = evaluableOnly;
    }

    /** Whether patients who are not evaluable are left out of every test on this outcome. */
    public boolean evaluableOnly() {
        return evaluableOnly;
    }

    /** The patient's outcome; null where undefined (not evaluable, no dosimetry). */
    public Boolean of(PatientOutcome patient) {
        return switch (this) {
            case SOFT_TISSUE_CR -> patient.softTissueCr();
            case IODINE_REFRACTORY -> patient.iodineRefractory();
            case RADIORESISTANT -> patient.radioresistant();
        };
    }
}
