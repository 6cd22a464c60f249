package org.thyrobank.analysis.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Benjamini-Hochberg adjusted p values (false discovery rate), as R's {@code p.adjust(p, "BH")}: missing p values
 * (null) stay missing and do not count in n.
 */
public final class BenjaminiHochberg {

    private BenjaminiHochberg() {}

    /** q values in the order of the p values given; nulls where the p value is null. */
    public static List<Double> adjust(List<Double> pValues) {
        int[] present = IntStream.range(0, pValues.size())
                .filter(i -> pValues.get(i) != null)
                .toArray();
        int n = present.length;
        // largest p first; the running minimum makes each q the smallest over this and every larger p
        Integer[] byDescendingP = IntStream.of(present)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> pValues.get(i))
                        .reversed())
                .toArray(Integer[]::new);
        List<Double> adjusted = new ArrayList<>(Collections.nCopies(pValues.size(), (Double) null));
        double runningMinimum = Double.POSITIVE_INFINITY;
        for (int position = 0; position < n; position++) {
            int index = byDescendingP[position];
            double rank = n - position;
            runningMinimum = Math.min(runningMinimum, n / rank * pValues.get(index));
            adjusted.set(index, Math.min(1, runningMinimum));
        }
        return adjusted;
    }
}
