package org.thyrobank.analysis.stats;

import org.apache.commons.math3.special.Erf;

/**
 * Null distribution of Spearman's S = sum of squared rank differences, Algorithm AS 89 (Best and Roberts 1975) as
 * R's prho: P(S >= is), or P(S < is) for the lower tail; exact by enumerating permutations for n <= 9, an Edgeworth
 * series above.
 */
final class SpearmanNullDistribution {

    private static final int ENUMERATE_UP_TO = 9;
    private static final double[] EDGEWORTH = {
        .2274, .2531, .1745, .0758, .1033, .3932, .0879, .0151, .0072, .0831, .0131, 4.6e-4
    };

    private SpearmanNullDistribution() {}

    static double tail(int n, double is, boolean lowerTail) {
        if (is <= 0) {
            return lowerTail ? 0 : 1;
        }
        double maximum = n * (n * (double) n - 1) / 3;
        if (is > maximum) {
            return lowerTail ? 1 : 0;
        }
        return n <= ENUMERATE_UP_TO ? enumerated(n, is, lowerTail) : edgeworth(n, is, lowerTail);
    }

    private static double enumerated(int n, double is, boolean lowerTail) {
        int[] permutation = new int[n];
        for (int i = 0; i < n; i++) {
            permutation[i] = i;
        }
        long total = 0;
        long atLeast = 0;
        do {
            long s = 0;
            for (int i = 0; i < n; i++) {
                s += (long) (i - permutation[i]) * (i - permutation[i]);
            }
            atLeast += is <= s ? 1 : 0;
            total++;
        } while (nextPermutation(permutation));
        return (lowerTail ? total - atLeast : atLeast) / (double) total;
    }

    /** Steps to the next permutation in lexicographic order; false after the last one. */
    private static boolean nextPermutation(int[] p) {
        int i = p.length - 2;
        while (i >= 0 && p[i] >= p[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = p.length - 1;
        while (p[j] <= p[i]) {
            j--;
        }
        swap(p, i, j);
        for (int left = i + 1, right = p.length - 1; left < right; left++, right--) {
            swap(p, left, right);
        }
        return true;
    }

    private static void swap(int[] p, int i, int j) {
        int t = p[i];
        p[i] = p[j];
        p[j] = t;
    }

    private static double edgeworth(int n, double is, boolean lowerTail) {
        double[] c = EDGEWORTH;
        double y = n;
        double b = 1 / y;
        double x = (6 * (is - 1) * b / (y * y - 1) - 1) * Math.sqrt(y - 1);
        y = x * x;
        double u = x
                * b
                * (c[0]
                        + b * (c[1] + c[2] * b)
                        + y
                                * (-c[3]
                                        + b * (c[4] + c[5] * b)
                                        - y
                                                * b
                                                * (c[6]
                                                        + c[7] * b
                                                        - y * (c[8] - c[9] * b + y * b * (c[10] - c[11] * y)))));
        double correction = u / Math.exp(y / 2);
        double normal = 0.5 * Erf.erfc((lowerTail ? -x : x) / Math.sqrt(2));
        double p = (lowerTail ? -correction : correction) + normal;
        return Math.max(0, Math.min(1, p));
    }
}
