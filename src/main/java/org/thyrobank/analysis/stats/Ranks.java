package org.thyrobank.analysis.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Ranks with ties averaged, as R's {@code rank(x)} (ties.method = "average"), and the tie sizes R tables. */
final class Ranks {

    private Ranks() {}

    static double[] average(double[] values) {
        int[] order = IntStream.range(0, values.length)
                .boxed()
                .sorted(Comparator.comparingDouble(i -> values[i]))
                .mapToInt(Integer::intValue)
                .toArray();
        double[] ranks = new double[values.length];
        int first = 0;
        while (first < order.length) {
            int last = first;
            while (last + 1 < order.length && values[order[last + 1]] == values[order[first]]) {
                last++;
            }
            double rank = (first + last) / 2.0 + 1;
            for (int i = first; i <= last; i++) {
                ranks[order[i]] = rank;
            }
            first = last + 1;
        }
        return ranks;
    }

    /** Sum over groups of tied values of t^3 - t, the tie correction of the normal approximations. */
    static double tieCorrection(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int first = 0;
        while (first < sorted.length) {
            int last = first;
            while (last + 1 < sorted.length && sorted[last + 1] == sorted[first]) {
                last++;
            }
            double t = last - first + 1;
            sum += t * t * t - t;
            first = last + 1;
        }
        return sum;
    }

    static boolean hasTies(double[] values) {
        return Arrays.stream(values).distinct().count() < values.length;
    }
}
