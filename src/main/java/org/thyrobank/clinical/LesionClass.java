package org.thyrobank.clinical;

/**
 * How a soft-tissue lesion relates its predicted dose D to its threshold T and to what it did (docs/analyses.md,
 * Dosimetry). D is unrounded; the first class that applies wins, in this order.
 */
public enum LesionClass {
    /** Cannot reach T even at the maximum tolerable activity: D at the MTA below T (low iodine uptake). */
    LOW_UPTAKE,
    /** Reachable at the MTA, but D at the administered activity below T. */
    UNDERDOSED,
    /** D at or above T, and the lesion disappeared (evaluable patients only). */
    RESPONSIVE,
    /** D at or above T, and the lesion did not disappear (evaluable patients only). */
    RADIORESISTANT,
    /** None of the above can be told: no blood dosimetry, or D at or above T in a patient who is not evaluable. */
    NOT_EVALUABLE
}
