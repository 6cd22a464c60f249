package org.thyrobank.analysis.stats;

import org.apache.commons.math3.special.Erf;

/** Two-sided normal p, {@code 2 * min(pnorm(z), pnorm(z, lower.tail = FALSE))}, precise in the far tails. */
final class NormalTail {

    private NormalTail() {
    }

    /** Null for a NaN z (a zero variance, 0 / 0), where R's p is NaN. */
    static Double twoSided(double z) {
        if (Double.isNaN(z)) {
            return null;
        }
        return Math.min(1, Erf.erfc(Math.abs(z) / Math.sqrt(2)));
    }
}
