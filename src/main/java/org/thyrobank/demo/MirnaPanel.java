package org.thyrobank.demo;

import java.util.List;

/**
 * The plasma miRNA panel of the trial's plates, in well order, with the typical Cq of each assay in
 * plasma from 200 ul: abundant blood-cell miRNAs early, tissue-specific ones (liver, muscle, heart) near or
 * past detection, the extraction and RT spike-ins and the inter-plate calibrator steady.
 */
enum MirnaPanel {
    MIR_16("hsa-miR-16-5p", 22.4),
    MIR_103A("hsa-miR-103a-3p", 25.1),
    MIR_191("hsa-miR-191-5p", 25.6),
    MIR_423("hsa-miR-423-5p", 26.6),
    MIR_146B("hsa-miR-146b-5p", 28.6),
    MIR_221("hsa-miR-221-3p", 28.1),
    MIR_222("hsa-miR-222-3p", 27.6),
    MIR_21("hsa-miR-21-5p", 24.8),
    MIR_155("hsa-miR-155-5p", 30.4),
    MIR_181B("hsa-miR-181b-5p", 29.8),
    MIR_375("hsa-miR-375", 31.3),
    MIR_7("hsa-miR-7-5p", 30.9),
    MIR_204("hsa-miR-204-5p", 31.2),
    MIR_139("hsa-miR-139-5p", 31.5),
    MIR_451A("hsa-miR-451a", 21.0),
    MIR_23A("hsa-miR-23a-3p", 26.4),
    MIR_126("hsa-miR-126-3p", 24.6),
    MIR_142("hsa-miR-142-3p", 25.3),
    MIR_150("hsa-miR-150-5p", 25.6),
    MIR_199A("hsa-miR-199a-3p", 27.1),
    MIR_25("hsa-miR-25-3p", 25.9),
    MIR_93("hsa-miR-93-5p", 25.2),
    MIR_320A("hsa-miR-320a", 26.1),
    MIR_484("hsa-miR-484", 26.6),
    LET_7A("hsa-let-7a-5p", 25.5),
    LET_7G("hsa-let-7g-5p", 26.3),
    MIR_122("hsa-miR-122-5p", 33.4, Kind.NEAR_DETECTION),
    MIR_1("hsa-miR-1-3p", 35.6, Kind.NEAR_DETECTION),
    MIR_208A("hsa-miR-208a-3p", 38.2, Kind.NEAR_DETECTION),
    MIR_31("hsa-miR-31-5p", 36.6, Kind.NEAR_DETECTION),
    CEL_MIR_39("cel-miR-39-3p", 23.3, Kind.EXOGENOUS),
    UNISP6("UniSp6", 20.9, Kind.EXOGENOUS),
    UNISP3("UniSp3", 22.4, Kind.EXOGENOUS);

    /** EXOGENOUS: the spike-ins added at extraction and RT, and the UniSp3 inter-plate calibrator. */
    enum Kind {
        HUMAN,
        NEAR_DETECTION,
        EXOGENOUS
    }

    /** Higher in plasma of tumours that did not respond, falling after therapy in those that did. */
    static final List<MirnaPanel> RESPONSE_MARKERS = List.of(MIR_146B, MIR_221, MIR_222);

    final String assay;
    final double plasmaCq;
    final Kind kind;

    MirnaPanel(String assay, double plasmaCq) {
        this(assay, plasmaCq, Kind.HUMAN);
    }

    MirnaPanel(String assay, double plasmaCq, Kind kind) {
        this.assay = assay;
        this.plasmaCq = plasmaCq;
        this.kind = kind;
    }
}
