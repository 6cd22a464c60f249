package org.thyrobank.mirna;

import java.util.Objects;

/**
 * The technical replicates of one specimen and assay on one plate (the wells with the same specimen and assay),
 * averaged.
 *
 * @param cq           mean Cq of the wells that amplified; {@code null} when none did
 * @param sd           sample standard deviation (n - 1) of those Cq; {@code null} with fewer than two
 * @param wells        how many wells were measured
 * @param undetermined how many of them did not amplify
 */
public record ReplicateMean(String specimenId, String assay, Double cq, Double sd, int wells, int undetermined) {

    public ReplicateMean {
        Objects.requireNonNull(specimenId, "specimenId");
        Objects.requireNonNull(assay, "assay");
        if (wells < 1 || undetermined < 0 || undetermined > wells) {
            throw new IllegalArgumentException("wells " + wells + " and undetermined " + undetermined + " do not fit");
        }
        if ((cq == null) != (undetermined == wells)) {
            throw new IllegalArgumentException("a mean Cq exists exactly when some well amplified");
        }
        if (sd != null && (sd < 0 || wells - undetermined < 2)) {
            throw new IllegalArgumentException("an SD needs two amplified wells and is >= 0");
        }
    }
}
