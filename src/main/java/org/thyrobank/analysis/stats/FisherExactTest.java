package org.thyrobank.analysis.stats;

/**
 * Fisher's exact test on a 2x2 table, as R's {@code fisher.test(matrix(c(a, c, b, d), 2))} with its defaults: the
 * two-sided p sums the tables as or less likely than the observed one (relative error 1 + 1e-7), the odds ratio is
 * the conditional maximum likelihood estimate and its 95 % interval inverts the noncentral hypergeometric tails,
 * both found with {@code uniroot} as R does. A zero cell gives an estimate or bound of 0 or infinity, as in R.
 */
public final class FisherExactTest {

    private static final double HALF_ALPHA = 0.025;
    private static final double RELATIVE_ERROR = 1 + 1e-7;
    private static final double MACHINE_EPSILON = Math.ulp(1.0);

    /**
     * Table {@code [[a, b], [c, d]]}: rows are the factor (a, b first level), columns the outcome (a, c first).
     * The odds ratio and its bounds may be 0 or {@link Double#POSITIVE_INFINITY}.
     */
    public record Result(
            int a,
            int b,
            int c,
            int d,
            double pValue,
            double oddsRatio,
            double oddsRatioCiLower,
            double oddsRatioCiUpper) {}

    private FisherExactTest() {}

    public static Result test(int a, int b, int c, int d) {
        if (a < 0 || b < 0 || c < 0 || d < 0) {
            throw new IllegalArgumentException(
                    "cell counts must be non-negative: [[" + a + ", " + b + "], [" + c + ", " + d + "]]");
        }
        var distribution = new NoncentralHypergeometric(a + c, b + d, a + b);
        return new Result(
                a,
                b,
                c,
                d,
                pValue(distribution, a),
                oddsRatio(distribution, a),
                lowerBound(distribution, a),
                upperBound(distribution, a));
    }

    private static double pValue(NoncentralHypergeometric distribution, int x) {
        double[] density = distribution.density(1);
        double bound = density[x - distribution.lowest] * RELATIVE_ERROR;
        double p = 0;
        for (double value : density) {
            if (value <= bound) {
                p += value;
            }
        }
        return p;
    }

    private static double oddsRatio(NoncentralHypergeometric distribution, int x) {
        if (x == distribution.lowest) {
            return 0;
        }
        if (x == distribution.highest) {
            return Double.POSITIVE_INFINITY;
        }
        double meanAtOne = distribution.mean(1);
        if (meanAtOne > x) {
            return Uniroot.root(t -> distribution.mean(t) - x, 0, 1);
        }
        if (meanAtOne < x) {
            return 1 / Uniroot.root(t -> distribution.mean(1 / t) - x, MACHINE_EPSILON, 1);
        }
        return 1;
    }

    private static double lowerBound(NoncentralHypergeometric distribution, int x) {
        if (x == distribution.lowest) {
            return 0;
        }
        double p = distribution.cumulative(x, 1, true);
        if (p > HALF_ALPHA) {
            return Uniroot.root(t -> distribution.cumulative(x, t, true) - HALF_ALPHA, 0, 1);
        }
        if (p < HALF_ALPHA) {
            return 1 / Uniroot.root(t -> distribution.cumulative(x, 1 / t, true) - HALF_ALPHA, MACHINE_EPSILON, 1);
        }
        return 1;
    }

    private static double upperBound(NoncentralHypergeometric distribution, int x) {
        if (x == distribution.highest) {
            return Double.POSITIVE_INFINITY;
        }
        double p = distribution.cumulative(x, 1, false);
        if (p < HALF_ALPHA) {
            return Uniroot.root(t -> distribution.cumulative(x, t, false) - HALF_ALPHA, 0, 1);
        }
        if (p > HALF_ALPHA) {
            return 1 / Uniroot.root(t -> distribution.cumulative(x, 1 / t, false) - HALF_ALPHA, MACHINE_EPSILON, 1);
        }
        return 1;
    }
}
