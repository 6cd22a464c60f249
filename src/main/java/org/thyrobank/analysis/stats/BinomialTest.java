package org.thyrobank.analysis.stats;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.special.Beta;

/**
 * Exact binomial test and Clopper-Pearson interval, as R's {@code binom.test(k, n, p0)}: the 95 % interval is
 * {@code binom.test(k, n)$conf.int}, the one-sided p {@code binom.test(k, n, p0, alternative = "greater")$p.value}
 * and the two-sided p R's default alternative, where "as or less likely" allows R's relative error 1 + 1e-7.
 */
public final class BinomialTest {

    private static final double ALPHA = 0.05;
    private static final double RELATIVE_ERROR = 1 + 1e-7;
    private static final double QUANTILE_ACCURACY = 1e-15;

    /**
     * @param estimate successes / trials
     * @param ciLower lower Clopper-Pearson 95 % bound (0 when there are no successes)
     * @param ciUpper upper bound (1 when every trial succeeded)
     * @param pValueGreater P(X >= successes) under the null rate
     * @param pValueTwoSided R's two-sided p
     */
    public record Result(
            int successes,
            int trials,
            double nullRate,
            double estimate,
            double ciLower,
            double ciUpper,
            double pValueGreater,
            double pValueTwoSided) {}

    private BinomialTest() {}

    public static Result test(int successes, int trials, double nullRate) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException(
                    "need 0 <= successes <= trials and trials >= 1, got " + successes + " of " + trials);
        }
        if (!(nullRate >= 0 && nullRate <= 1)) {
            throw new IllegalArgumentException("null rate must lie in [0, 1], got " + nullRate);
        }
        double lower = successes == 0 ? 0 : betaQuantile(ALPHA / 2, successes, trials - successes + 1);
        double upper = successes == trials ? 1 : betaQuantile(1 - ALPHA / 2, successes + 1, trials - successes);
        return new Result(
                successes,
                trials,
                nullRate,
                (double) successes / trials,
                lower,
                upper,
                atLeast(successes, trials, nullRate),
                twoSided(successes, trials, nullRate));
    }

    private static double betaQuantile(double probability, double a, double b) {
        return new BetaDistribution(null, a, b, QUANTILE_ACCURACY).inverseCumulativeProbability(probability);
    }

    /** P(X >= k) through the incomplete beta, which keeps its relative precision in the far tail. */
    private static double atLeast(int k, int n, double p) {
        if (k <= 0) {
            return 1;
        }
        if (k > n) {
            return 0;
        }
        return Beta.regularizedBeta(p, k, n - k + 1.0);
    }

    private static double atMost(int k, int n, double p) {
        if (k < 0) {
            return 0;
        }
        if (k >= n) {
            return 1;
        }
        return Beta.regularizedBeta(1 - p, n - k, k + 1.0);
    }

    private static double twoSided(int k, int n, double p) {
        BinomialDistribution distribution = new BinomialDistribution(null, n, p);
        double expected = n * p;
        if (k == expected) {
            return 1;
        }
        double bound = distribution.probability(k) * RELATIVE_ERROR;
        double pValue;
        if (k < expected) {
            int asLikely = 0;
            for (int i = (int) Math.ceil(expected); i <= n; i++) {
                asLikely += distribution.probability(i) <= bound ? 1 : 0;
            }
            pValue = atMost(k, n, p) + atLeast(n - asLikely + 1, n, p);
        } else {
            int asLikely = 0;
            for (int i = 0; i <= Math.floor(expected); i++) {
                asLikely += distribution.probability(i) <= bound ? 1 : 0;
            }
            pValue = atMost(asLikely - 1, n, p) + atLeast(k, n, p);
        }
        return Math.min(1, pValue);
    }
}
