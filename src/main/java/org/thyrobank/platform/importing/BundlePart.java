package org.thyrobank.platform.importing;

/** The parts of a study bundle, in the order they are imported (samples must be known before their data). */
public enum BundlePart {
    CLINICAL,
    SEQUENCING,
    QPCR
}
