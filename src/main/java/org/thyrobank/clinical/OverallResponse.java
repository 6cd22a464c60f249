package org.thyrobank.clinical;

/** RECIST 1.1 overall response at a visit, declared from the best ({@code CR}) to the least informative. */
public enum OverallResponse {
    CR,
    PR,
    SD,
    PD,
    NE;

    /** True when this response is better than {@code other}: CR, then PR, SD, PD and last NE. */
    public boolean betterThan(OverallResponse other) {
        return other == null || ordinal() < other.ordinal();
    }
}
