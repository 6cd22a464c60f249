package org.thyrobank.analysis.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;

/** The standard normal figures the tests share. */
final class StandardNormal {

    /** {@code qnorm(0.975)}, the multiplier of every 95 % Wald-type interval. */
    static final double Z_975 = new NormalDistribution().inverseCumulativeProbability(0.975);

    private StandardNormal() {}

    /**
     * Two-sided p, {@code 2 * min(pnorm(z), pnorm(z, lower.tail = FALSE))}, through erfc so that it keeps its
     * precision in the far tails; null for a NaN z (a zero variance, 0 / 0), where R's p is NaN.
     */
    static Double twoSidedP(double z) {
        if (Double.isNaN(z)) {
            return null;
        }
        return Math.min(1, Erf.erfc(Math.abs(z) / Math.sqrt(2)));
    }
}
