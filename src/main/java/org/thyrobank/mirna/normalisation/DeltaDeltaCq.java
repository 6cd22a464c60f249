package org.thyrobank.mirna.normalisation;

import java.util.Objects;

/**
 * A patient's change in a miRNA after 131I: ddCq = dCq(POST) - dCq(PRE), rounded to 6 decimals, and the fold
 * change 2^-ddCq (above 1: more of the miRNA after therapy).
 */
public record DeltaDeltaCq(
        String patientId, String mirna, double dCqPre, double dCqPost, double ddCq, double foldChange) {

    public DeltaDeltaCq {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(mirna, "mirna");
    }

    static DeltaDeltaCq of(String patientId, String mirna, double dCqPre, double dCqPost) {
        double ddCq = Normaliser.round6(dCqPost - dCqPre);
        return new DeltaDeltaCq(patientId, mirna, dCqPre, dCqPost, ddCq, Math.pow(2, -ddCq));
    }
}
