package org.thyrobank.analysis.stats;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Wilcoxon signed rank test, as R's {@code wilcox.test(x, y, paired = TRUE)} (differences x - y) and
 * {@code wilcox.test(x)} (one sample about 0). Zero differences are dropped, as R does; V is the rank sum of the
 * positive differences; the two-sided p is exact (R's psignrank) when fewer than 50 differences remain and there
 * were no ties and no zeros, otherwise normal with continuity and tie correction.
 */
public final class WilcoxonSignedRankTest {

    private static final int EXACT_BELOW = 50;

    /**
     * @param n differences left once incomplete pairs and zeros are dropped
     * @param zeros zero differences dropped
     * @param statistic R's V
     * @param pValue two-sided p; null where R gives NaN (every difference zero)
     */
    public record Result(int n, int zeros, double statistic, Double pValue, boolean exact) {}

    private WilcoxonSignedRankTest() {}

    /** Paired test of x - y; pairs with a missing (NaN) difference are dropped, as R does. */
    public static Result paired(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length: " + x.length + " and " + y.length);
        }
        return test(IntStream.range(0, x.length).mapToDouble(i -> x[i] - y[i]).toArray());
    }

    /** One-sample test about 0; missing (NaN) values are dropped, as R does. */
    public static Result oneSample(double[] x) {
        return test(x);
    }

    private static Result test(double[] withMissing) {
        double[] values =
                Arrays.stream(withMissing).filter(v -> !Double.isNaN(v)).toArray();
        if (values.length < 1) {
            throw new IllegalArgumentException("not enough (non-missing) observations");
        }
        double[] nonZero = Arrays.stream(values).filter(v -> v != 0).toArray();
        int zeros = values.length - nonZero.length;
        int n = nonZero.length;
        double[] absolute = Arrays.stream(nonZero).map(Math::abs).toArray();
        double[] ranks = Ranks.average(absolute);
        double v = IntStream.range(0, n)
                .filter(i -> nonZero[i] > 0)
                .mapToDouble(i -> ranks[i])
                .sum();
        boolean exact = n < EXACT_BELOW && zeros == 0 && !Ranks.hasTies(absolute);
        Double p = exact ? exactPValue((int) v, n) : normalPValue(v, n, Ranks.tieCorrection(absolute));
        return new Result(n, zeros, v, p, exact);
    }

    private static Double exactPValue(int v, int n) {
        double[] counts = countsOfV(n);
        double tail = 0;
        if (v > n * (n + 1) / 4.0) {
            for (int k = v; k < counts.length; k++) {
                tail += counts[k];
            }
        } else {
            for (int k = 0; k <= v; k++) {
                tail += counts[k];
            }
        }
        return Math.min(2 * tail / Math.pow(2, n), 1);
    }

    /** Number of sign patterns giving each V = 0..n(n+1)/2: subsets of the ranks 1..n counted by their sum. */
    private static double[] countsOfV(int n) {
        double[] ways = new double[n * (n + 1) / 2 + 1];
        ways[0] = 1;
        for (int rank = 1; rank <= n; rank++) {
            for (int sum = ways.length - 1; sum >= rank; sum--) {
                ways[sum] += ways[sum - rank];
            }
        }
        return ways;
    }

    private static Double normalPValue(double v, int n, double tieCorrection) {
        double z = v - n * (n + 1) / 4.0;
        double sigma = Math.sqrt(n * (n + 1.0) * (2 * n + 1) / 24 - tieCorrection / 48);
        return StandardNormal.twoSidedP((z - Math.signum(z) * 0.5) / sigma);
    }
}
