package org.thyrobank.genomics.vcf;

/** Why a hotspot is {@link HotspotStatus#NO_CALL}, in the order of precedence after MUTANT (docs/analyses.md). */
public enum NoCallReason {
    /** depth evidenced, but below min_depth */
    LOW_COVERAGE,
    /** a passing record carries the hotspot allele, with too few alt reads or too low a VAF */
    BELOW_THRESHOLD,
    /** the hotspot allele appears only on records that did not pass the caller's filters */
    FILTERED,
    /** no record, no gVCF block and no covered region at the position */
    NO_EVIDENCE
}
