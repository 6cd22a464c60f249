package org.thyrobank.analysis.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;

/** The standard normal figures the tests share. */
final class StandardNormal {

    /** {@code qnorm(0.975)}, the multiplier of every 95 % Wald-type interval. */
    static final double Z_975 = new NormalDistribution().inverseCumulativeProbability(0.975);

    /**
     * R's pnorm gives exactly 0 for a tail beyond this many standard deviations (pnorm.c, pnorm_both: "large x such
     * that probs are 0 or 1"), where erfc would still give a subnormal number.
     */
    static final double PNORM_TAIL_ZERO_FROM = 37.5193;

    private StandardNormal() {}

    /**
     * Two-sided p, {@code 2 * min(pnorm(z), pnorm(z, lower.tail = FALSE))} (wilcox.test, glm's summary), through
     * erfc so that it keeps its precision in the far tails, and 0 from R's cut-off on; null for a NaN z (a zero
     * variance, 0 / 0), where R's p is NaN.
     */
    static Double twoSidedP(double z) {
        if (Double.isNaN(z)) {
            return null;
        }
        return Math.abs(z) >= PNORM_TAIL_ZERO_FROM ? 0 : waldChiSquareP(z);
    }

    /**
     * {@code pchisq(z^2, 1, lower.tail = FALSE)}, the Wald p of summary.coxph: the same figure as {@link #twoSidedP}
     * but without pnorm's cut-off (pchisq keeps subnormal tails); null for a NaN z.
     */
    static Double waldChiSquareP(double z) {
        if (Double.isNaN(z)) {
            return null;
        }
        return Math.min(1, Erf.erfc(Math.abs(z) / Math.sqrt(2)));
    }
}
