package org.thyrobank.analysis;

/**
 * The patient factors the report relates to outcomes (docs/analyses.md, Factors and Dosimetry), each with the names of
 * its two levels as the report's tables write them: the first level is the one the odds and hazard ratios are for.
 */
public enum Factor {
    BRAF_V600E("BRAF_V600E", "MUTANT", "WILD_TYPE"),
    TERT_PROMOTER("TERT_PROMOTER", "MUTANT", "WILD_TYPE"),
    BRAF_V600E_AND_TERT("BRAF_V600E+TERT", "true", "false"),
    FDG_POSITIVE("FDG_POSITIVE", "true", "false"),
    /** FDG avidity at the 6-month scan: any POST lesion FDG-positive; undefined without a POST scan. */
    FDG_POSITIVE_POST("FDG_POSITIVE_POST", "true", "false");

    private final String label;
    private final String present;
    private final String absent;

    /** A factor made from hotspot statuses (so from genomics data), not from the clinical outcome. */
    boolean fromHotspots() {
        return this == BRAF_V600E || this == TERT_PROMOTER || this == BRAF_V600E_AND_TERT;
    }

    Factor(String label, String present, String absent) {
        this.label = label;
        this.present = present;
        this.absent = absent;
    }

    /** The name in the report, e.g. {@code BRAF_V600E+TERT}. */
    public String label() {
        return label;
    }

    /** The level of the table's first row: MUTANT, or true. */
    public String presentLevel() {
        return present;
    }

    /** The level of the table's second row: WILD_TYPE, or false. */
    public String absentLevel() {
        return absent;
    }

    public String level(boolean isPresent) {
        return isPresent ? present : absent;
    }
}
