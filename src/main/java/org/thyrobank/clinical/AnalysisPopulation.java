package org.thyrobank.clinical;

/**
 * The protocol's analysis populations as a flow (docs/analyses.md): every enrolled patient; {@code dosimetry}, those
 * with blood dosimetry and at least one soft-tissue lesion dosimetry; of them the {@code exited} (a soft-tissue lesion
 * cannot reach its threshold even at the maximum tolerable activity: off protocol to standard care); {@code treated},
 * in dosimetry, not exited, with a therapy; {@code evaluable}, treated with an assessment visit 6 months (182 days) or
 * more after the first therapy. A patient who leaves the flow leaves it at one step, for one {@link Reason}.
 */
public enum AnalysisPopulation {
    ENROLLED,
    DOSIMETRY,
    TREATED,
    EVALUABLE;

    /** Why a patient left the flow, and at which step (the last population the patient was in). */
    public enum Reason {
        /** No CLINICAL_RESEARCH consent, or withdrawn with STOP_ALL_USE (docs/consent.md): none of the data is used. */
        CONSENT_WITHDRAWN(ENROLLED),
        NO_DOSIMETRY(ENROLLED),
        EXIT_TO_STANDARD_CARE(DOSIMETRY),
        NO_THERAPY(DOSIMETRY),
        NO_VISIT_AT_6_MONTHS(TREATED);

        private final AnalysisPopulation step;

        Reason(AnalysisPopulation step) {
            this.step = step;
        }

        /** The population the patient leaves from. */
        public AnalysisPopulation step() {
            return step;
        }
    }

    /** The last population of the flow the patient reached. */
    public static AnalysisPopulation of(PatientOutcome patient) {
        if (patient.evaluable()) {
            return EVALUABLE;
        }
        if (patient.treated()) {
            return TREATED;
        }
        return patient.inDosimetry() ? DOSIMETRY : ENROLLED;
    }

    /** Why the patient left the flow; null for an evaluable patient. */
    public static Reason leftOut(PatientOutcome patient) {
        return switch (of(patient)) {
            case EVALUABLE -> null;
            case TREATED -> Reason.NO_VISIT_AT_6_MONTHS;
            case DOSIMETRY -> patient.exitToStandardCare() ? Reason.EXIT_TO_STANDARD_CARE : Reason.NO_THERAPY;
            case ENROLLED -> Reason.NO_DOSIMETRY;
        };
    }

    /** The step's name in the report: {@code enrolled}, {@code dosimetry}, {@code treated}, {@code evaluable}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
