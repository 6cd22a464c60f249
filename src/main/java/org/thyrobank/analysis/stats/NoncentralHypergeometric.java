package org.thyrobank.analysis.stats;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * The distribution of the top-left cell of a 2x2 table with fixed margins given the odds ratio, as the local
 * functions {@code dnhyper}, {@code mnhyper} and {@code pnhyper} inside R's {@code fisher.test}.
 */
final class NoncentralHypergeometric {

    final int lowest;
    final int highest;
    private final double[] logCentralDensity;

    /** R's dhyper(support, m, n, k): m = first column total, n = second column total, k = first row total. */
    NoncentralHypergeometric(int firstColumn, int secondColumn, int firstRow) {
        lowest = Math.max(0, firstRow - secondColumn);
        highest = Math.min(firstRow, firstColumn);
        logCentralDensity = new double[highest - lowest + 1];
        if (lowest == highest) {
            // a margin of 0 (an empty table, an empty row or column): a single possible table, of density 1, where
            // Commons Math's distribution refuses the empty table and gives NaN for an empty column
            return;
        }
        var central = new HypergeometricDistribution(null, firstColumn + secondColumn, firstColumn, firstRow);
        for (int x = lowest; x <= highest; x++) {
            logCentralDensity[x - lowest] = central.logProbability(x);
        }
    }

    double[] density(double oddsRatio) {
        double[] d = new double[logCentralDensity.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < d.length; i++) {
            d[i] = logCentralDensity[i] + Math.log(oddsRatio) * (lowest + i);
            max = Math.max(max, d[i]);
        }
        double sum = 0;
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.exp(d[i] - max);
            sum += d[i];
        }
        for (int i = 0; i < d.length; i++) {
            d[i] /= sum;
        }
        return d;
    }

    double mean(double oddsRatio) {
        if (oddsRatio == 0) {
            return lowest;
        }
        if (oddsRatio == Double.POSITIVE_INFINITY) {
            return highest;
        }
        double[] d = density(oddsRatio);
        double mean = 0;
        for (int i = 0; i < d.length; i++) {
            mean += (lowest + i) * d[i];
        }
        return mean;
    }

    /** P(X <= q), or P(X >= q) for the upper tail. */
    double cumulative(int q, double oddsRatio, boolean upperTail) {
        if (oddsRatio == 0) {
            return (upperTail ? q <= lowest : q >= lowest) ? 1 : 0;
        }
        if (oddsRatio == Double.POSITIVE_INFINITY) {
            return (upperTail ? q <= highest : q >= highest) ? 1 : 0;
        }
        double[] d = density(oddsRatio);
        double sum = 0;
        for (int i = 0; i < d.length; i++) {
            int x = lowest + i;
            if (upperTail ? x >= q : x <= q) {
                sum += d[i];
            }
        }
        return sum;
    }
}
