package org.thyrobank.clinical;

/** How a soft-tissue lesion relates its predicted dose to what it did (analyses.md, Dosimetry). */
public enum LesionClass {
    /** Predicted dose below the site threshold. */
    LOW_UPTAKE,
    /** Dose at or above the threshold, and the lesion did not disappear. */
    RADIORESISTANT,
    /** Dose at or above the threshold, and the lesion disappeared. */
    RESPONSIVE
}
