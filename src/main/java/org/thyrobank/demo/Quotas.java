package org.thyrobank.demo;

/**
 * The designed-in counts that {@link CohortPlan} deals out, for a cohort of {@code patients}. The design is of 60
 * patients, all with 124I dosimetry; 5 exit to standard care there (a soft-tissue lesion below 80 Gy even at the
 * MTA), 2 of them given an empiric activity off protocol; of the 55 treated, 9 leave before the 6-month visit (4 early
 * progressions, 2 early deaths, 3 withdrawals) and 46 are evaluable; 3 of the treated are given less than the
 * recommended activity. Genotypes: BRAF V600E in 30, TERT promoter in 18, 12 of them with BRAF. A larger cohort has
 * every count scaled to its size and rounded, so that the rates stay the design's (120 patients: 10 exits).
 */
record Quotas(int patients) {

    private static final int MILAN = 32;
    private static final int BRAF_AND_TERT = 12;
    private static final int BRAF_ONLY = 18;
    private static final int TERT_ONLY = 6;
    private static final int EXITED = 5;
    private static final int EXITED_WITH_OFF_PROTOCOL_THERAPY = 2;
    private static final int EARLY_PROGRESSION = 4;
    private static final int EARLY_DEATH = 2;
    private static final int WITHDRAWN = 3;
    private static final int METASTASIS_BIOPSIES = 4;
    private static final int MISSING_POST_SAMPLES = 3;
    private static final int MISSING_FDG_POST = 5;
    private static final int MISSING_IODINE_PET = 8;
    private static final int REDUCED_ACTIVITY = 3;
    /** Each kind of hotspot the sequencing leaves unsettled ({@link Patient.NoCall}) falls on one patient in 60. */
    private static final int NO_CALLS_OF_EACH_KIND = 1;

    private static final int HAEMOLYSED = 1;

    Quotas {
        if (patients < SyntheticCohort.DESIGNED_PATIENTS || patients > SyntheticCohort.MAXIMUM_PATIENTS) {
            throw new IllegalArgumentException("a synthetic cohort has " + SyntheticCohort.DESIGNED_PATIENTS + " to "
                    + SyntheticCohort.MAXIMUM_PATIENTS + " patients, not " + patients);
        }
    }

    int milan() {
        return scaled(MILAN);
    }

    int brafAndTert() {
        return scaled(BRAF_AND_TERT);
    }

    int brafOnly() {
        return scaled(BRAF_ONLY);
    }

    int tertOnly() {
        return scaled(TERT_ONLY);
    }

    int exited() {
        return scaled(EXITED);
    }

    /** Exited patients given 131I in standard care anyway (a therapies.csv row). */
    int exitedWithOffProtocolTherapy() {
        return scaled(EXITED_WITH_OFF_PROTOCOL_THERAPY);
    }

    int earlyProgression() {
        return scaled(EARLY_PROGRESSION);
    }

    int earlyDeath() {
        return scaled(EARLY_DEATH);
    }

    int withdrawn() {
        return scaled(WITHDRAWN);
    }

    int metastasisBiopsies() {
        return scaled(METASTASIS_BIOPSIES);
    }

    int missingPostSamples() {
        return scaled(MISSING_POST_SAMPLES);
    }

    /** Evaluable patients without the 6-month FDG PET/CT. */
    int missingFdgPost() {
        return scaled(MISSING_FDG_POST);
    }

    /** Evaluable patients without the repeated 124I PET. */
    int missingIodinePet() {
        return scaled(MISSING_IODINE_PET);
    }

    /** Treated patients given less than the recommended activity (a protocol deviation). */
    int reducedActivity() {
        return scaled(REDUCED_ACTIVITY);
    }

    int noCallsOfEachKind() {
        return scaled(NO_CALLS_OF_EACH_KIND);
    }

    /** Plasma specimens with red-cell miRNA released into them (miR-451a high). */
    int haemolysed() {
        return scaled(HAEMOLYSED);
    }

    /** The design's count for 60 patients at this cohort's size, rounded half up. */
    private int scaled(int designed) {
        return (int) Math.round((double) designed * patients / SyntheticCohort.DESIGNED_PATIENTS);
    }
}
