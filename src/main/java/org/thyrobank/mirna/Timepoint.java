package org.thyrobank.mirna;

/** When a circulating specimen was drawn: PRE = before the 131I therapy, POST = the 6-month sample. */
public enum Timepoint {
    PRE,
    POST
}
