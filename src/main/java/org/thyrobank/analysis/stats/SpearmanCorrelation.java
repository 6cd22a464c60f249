package org.thyrobank.analysis.stats;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Spearman's rank correlation, as R's {@code cor.test(x, y, method = "spearman")}: rho is the Pearson correlation of
 * the average ranks; with no ties and n <= 1290 the two-sided p comes from the null distribution of
 * S = (n^3 - n)(1 - rho) / 6 by AS 89 (R's prho: exact enumeration for n <= 9, Edgeworth series above), otherwise
 * from {@code pt(r / sqrt((1 - r^2) / (n - 2)), n - 2)}. Pairs with a missing (NaN) value are dropped.
 */
public final class SpearmanCorrelation {

    private static final int EXACT_UP_TO = 1290;

    /**
     * @param rho null where R gives NA (x or y constant)
     * @param statistic R's S; null with rho
     * @param pValue two-sided p; null with rho
     * @param exact whether AS 89 was used rather than the t approximation
     */
    public record Result(int n, Double rho, Double statistic, Double pValue, boolean exact) {}

    private SpearmanCorrelation() {}

    public static Result test(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length: " + x.length + " and " + y.length);
        }
        int[] complete = IntStream.range(0, x.length)
                .filter(i -> !Double.isNaN(x[i]) && !Double.isNaN(y[i]))
                .toArray();
        double[] xs = IntStream.of(complete).mapToDouble(i -> x[i]).toArray();
        double[] ys = IntStream.of(complete).mapToDouble(i -> y[i]).toArray();
        int n = xs.length;
        if (n < 2) {
            throw new IllegalArgumentException("not enough finite observations: " + n);
        }
        boolean exact = n <= EXACT_UP_TO && !Ranks.hasTies(xs) && !Ranks.hasTies(ys);
        double rho = pearson(Ranks.average(xs), Ranks.average(ys));
        if (!Double.isFinite(rho)) {
            return new Result(n, null, null, null, exact);
        }
        double n3 = Math.pow(n, 3) - n;
        double s = n3 * (1 - rho) / 6;
        boolean upper = s > n3 / 6;
        double p = exact
                ? SpearmanNullDistribution.tail(n, Math.rint(s) + (upper ? 0 : 2), !upper)
                : tApproximation(s, n, !upper);
        return new Result(n, rho, s, Math.min(2 * p, 1), exact);
    }

    /** Written out because Commons Math refuses n = 2, where R's cor() gives +-1 (NaN for a constant vector). */
    private static double pearson(double[] x, double[] y) {
        double meanX = Arrays.stream(x).average().orElseThrow();
        double meanY = Arrays.stream(y).average().orElseThrow();
        double xy = 0;
        double xx = 0;
        double yy = 0;
        for (int i = 0; i < x.length; i++) {
            xy += (x[i] - meanX) * (y[i] - meanY);
            xx += (x[i] - meanX) * (x[i] - meanX);
            yy += (y[i] - meanY) * (y[i] - meanY);
        }
        return xy / Math.sqrt(xx * yy);
    }

    private static double tApproximation(double s, int n, boolean lowerTail) {
        double r = 1 - s / (n * (Math.pow(n, 2) - 1) / 6);
        double t = r / Math.sqrt((1 - r * r) / (n - 2));
        var distribution = new TDistribution(null, n - 2);
        return distribution.cumulativeProbability(lowerTail ? -t : t);
    }
}
