package org.thyrobank.analysis.stats;

import java.util.List;
import java.util.function.Function;

/**
 * The median survival and its 95 % interval by the survival package's rule ({@code survmean}, used by
 * {@code print.survfit}): the first time a curve is at or below 0.5 (within sqrt(machine epsilon)); when it is 0.5
 * there and drops below later, the midpoint of that time and the time of the drop. The interval applies the same
 * rule to the lower and upper 95 % curves; a curve that never reaches 0.5 gives no value.
 */
final class SurvivalMedian {

    private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private SurvivalMedian() {}

    static KaplanMeier.Median of(List<KaplanMeier.Step> steps) {
        return new KaplanMeier.Median(
                crossing(steps, KaplanMeier.Step::survival),
                crossing(steps, KaplanMeier.Step::ciLower),
                crossing(steps, KaplanMeier.Step::ciUpper));
    }

    private static Double crossing(List<KaplanMeier.Step> steps, Function<KaplanMeier.Step, Double> curve) {
        List<KaplanMeier.Step> atOrBelowHalf = steps.stream()
                .filter(step -> curve.apply(step) != null && curve.apply(step) < 0.5 + TOLERANCE)
                .toList();
        if (atOrBelowHalf.isEmpty()) {
            return null;
        }
        KaplanMeier.Step first = atOrBelowHalf.get(0);
        double value = curve.apply(first);
        if (Math.abs(value - 0.5) < TOLERANCE) {
            for (KaplanMeier.Step later : atOrBelowHalf) {
                if (curve.apply(later) < value) {
                    return (first.time() + later.time()) / 2;
                }
            }
        }
        return first.time();
    }
}
