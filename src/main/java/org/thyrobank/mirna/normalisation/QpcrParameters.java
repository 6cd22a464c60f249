package org.thyrobank.mirna.normalisation;

import org.thyrobank.platform.Settings;

/**
 * The QC thresholds of the miRNA analysis, kept with their sources in {@code reference/qpcr.properties}.
 *
 * @param detectionCutoffCq a Cq above this (or no Cq) is not detected
 * @param haemolysisDeltaCq haemolysis is flagged when Cq(miR-23a-3p) - Cq(miR-451a) exceeds this
 * @param spikeInSdBand     a spike-in outside the plate mean +- this many SD is flagged
 * @param replicateSdLimit  technical replicates whose Cq SD exceeds this many cycles are flagged
 * @param ntcMaxCq          a no-template control with a Cq at or below this has amplified
 */
public record QpcrParameters(
        double detectionCutoffCq,
        double haemolysisDeltaCq,
        double spikeInSdBand,
        double replicateSdLimit,
        double ntcMaxCq) {

    public static final String REFERENCE_FILE = "qpcr.properties";

    public QpcrParameters {
        if (!(detectionCutoffCq > 0)
                || !(haemolysisDeltaCq > 0)
                || !(spikeInSdBand > 0)
                || !(replicateSdLimit > 0)
                || !(ntcMaxCq > 0)) {
            throw new IllegalArgumentException("qPCR thresholds are positive numbers");
        }
    }

    public static QpcrParameters fromReference() {
        Settings s = Settings.reference(REFERENCE_FILE);
        return new QpcrParameters(
                s.number("detection-cutoff-cq"),
                s.number("haemolysis-delta-cq"),
                s.number("spike-in-sd-band"),
                s.number("replicate-sd-limit"),
                s.number("ntc-max-cq"));
    }

    /** An NTC amplified: a Cq was called and it is not above {@code ntc-max-cq}. */
    public boolean ntcAmplified(Double cq) {
        return cq != null && cq <= ntcMaxCq;
    }

    /** Detected: a Cq was called and it is not above the cut-off. */
    public boolean detected(Double cq) {
        return cq != null && cq <= detectionCutoffCq;
    }
}
