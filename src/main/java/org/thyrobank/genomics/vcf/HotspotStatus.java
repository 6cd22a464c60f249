package org.thyrobank.genomics.vcf;

/** The status of one hotspot in one sample. */
public enum HotspotStatus {
    MUTANT,
    WILD_TYPE,
    NO_CALL
}
