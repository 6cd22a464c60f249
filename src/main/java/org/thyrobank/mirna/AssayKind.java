package org.thyrobank.mirna;

/** What an assay of the panel measures. */
public enum AssayKind {
    /** A human mature miRNA ({@code hsa-}), the biology being measured. */
    MIRNA,
    /** An exogenous control added at extraction or RT (cel-miR-39-3p, UniSp2, UniSp4, UniSp6). */
    SPIKE_IN,
    /** The inter-plate calibrator (UniSp3). */
    CALIBRATOR
}
