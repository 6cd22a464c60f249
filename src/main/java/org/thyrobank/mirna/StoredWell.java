package org.thyrobank.mirna;

/**
 * One stored qPCR well of a specimen, as imported (technical replicates not averaged).
 *
 * @param cq {@code null} when the well did not amplify
 * @param well the well position, or {@code null} when the plate file gave none
 * @param qpcrRunId the instrument run, or {@code null} when the plate file gave none
 */
public record StoredWell(String plateId, String assay, Double cq, String well, String qpcrRunId, String sourceFile) {}
