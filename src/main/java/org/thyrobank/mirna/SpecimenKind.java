package org.thyrobank.mirna;

/** The kind of a specimen in specimens.csv. Only circulating specimens (PLASMA, SERUM) go on a qPCR plate. */
public enum SpecimenKind {
    TUMOUR_TISSUE, PLASMA, SERUM;

    public boolean circulating() {
        return this != TUMOUR_TISSUE;
    }
}
