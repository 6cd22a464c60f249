package org.thyrobank.analysis.stats;

import java.util.Arrays;

/**
 * Wilcoxon rank sum (Mann-Whitney) test, as R's {@code wilcox.test(x, y)}: W is the rank sum of x minus
 * n_x (n_x + 1) / 2; the two-sided p is exact (R's pwilcox) when both samples have fewer than 50 values and
 * there are no ties, otherwise normal with continuity and tie correction. Missing (NaN) values are dropped, as R does.
 */
public final class WilcoxonRankSumTest {

    private static final int EXACT_BELOW = 50;

    /**
     * @param statistic R's W
     * @param pValue two-sided p; null where R gives NaN (every value tied)
     * @param exact whether the exact distribution was used
     */
    public record Result(int nX, int nY, double statistic, Double pValue, boolean exact) {}

    private WilcoxonRankSumTest() {}

    public static Result test(double[] x, double[] y) {
        double[] xs = Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
        double[] ys = Arrays.stream(y).filter(v -> !Double.isNaN(v)).toArray();
        if (xs.length < 1 || ys.length < 1) {
            throw new IllegalArgumentException(
                    "not enough (non-missing) observations: x has " + xs.length + ", y has " + ys.length);
        }
        int nX = xs.length;
        int nY = ys.length;
        double[] pooled = new double[nX + nY];
        System.arraycopy(xs, 0, pooled, 0, nX);
        System.arraycopy(ys, 0, pooled, nX, nY);
        double[] ranks = Ranks.average(pooled);
        double rankSumX = Arrays.stream(ranks, 0, nX).sum();
        double w = rankSumX - nX * (nX + 1) / 2.0;
        boolean exact = nX < EXACT_BELOW && nY < EXACT_BELOW && !Ranks.hasTies(pooled);
        Double p = exact ? exactPValue((int) w, nX, nY) : normalPValue(w, nX, nY, Ranks.tieCorrection(pooled));
        return new Result(nX, nY, w, p, exact);
    }

    private static Double exactPValue(int w, int nX, int nY) {
        double[] counts = countsOfW(nX, nY);
        double total = Arrays.stream(counts).sum();
        double tail = 0;
        if (w > nX * nY / 2.0) {
            for (int k = w; k < counts.length; k++) {
                tail += counts[k];
            }
        } else {
            for (int k = 0; k <= w; k++) {
                tail += counts[k];
            }
        }
        return Math.min(2 * tail / total, 1);
    }

    /** Number of ways each W = 0..nX*nY arises: subsets of nX ranks out of nX + nY, counted by rank sum. */
    private static double[] countsOfW(int nX, int nY) {
        int n = nX + nY;
        int minSum = nX * (nX + 1) / 2;
        int maxSum = minSum + nX * nY;
        double[][] ways = new double[nX + 1][maxSum + 1];
        ways[0][0] = 1;
        for (int rank = 1; rank <= n; rank++) {
            for (int chosen = Math.min(rank, nX); chosen >= 1; chosen--) {
                for (int sum = maxSum; sum >= rank; sum--) {
                    ways[chosen][sum] += ways[chosen - 1][sum - rank];
                }
            }
        }
        return Arrays.copyOfRange(ways[nX], minSum, maxSum + 1);
    }

    private static Double normalPValue(double w, int nX, int nY, double tieCorrection) {
        double n = nX + nY;
        double z = w - nX * (double) nY / 2;
        double sigma = Math.sqrt(nX * (double) nY / 12 * (n + 1 - tieCorrection / (n * (n - 1))));
        return StandardNormal.twoSidedP((z - Math.signum(z) * 0.5) / sigma);
    }
}
