package org.thyrobank.analysis.stats;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Cox log partial likelihood of one covariate with Efron's approximation for tied event times, with its first and
 * (negated) second derivative, as the survival package's coxfit computes them. The covariate is centred on its mean,
 * which leaves every figure unchanged and keeps exp(beta x) in range.
 */
final class EfronPartialLikelihood {

    record Value(double logLikelihood, double score, double information) {}

    private final double[] time;
    private final boolean[] event;
    private final double[] x;
    private final int[] byTimeDescending;

    EfronPartialLikelihood(double[] time, boolean[] event, double[] covariate) {
        this.time = time.clone();
        this.event = event.clone();
        double mean = Arrays.stream(covariate).average().orElse(0);
        this.x = Arrays.stream(covariate).map(value -> value - mean).toArray();
        this.byTimeDescending = IntStream.range(0, time.length)
                .boxed()
                .sorted((i, j) -> Double.compare(time[j], time[i]))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    Value at(double beta) {
        double logLikelihood = 0;
        double score = 0;
        double information = 0;
        double risk0 = 0;
        double risk1 = 0;
        double risk2 = 0;
        int first = 0;
        while (first < byTimeDescending.length) {
            double t = time[byTimeDescending[first]];
            int deaths = 0;
            double death0 = 0;
            double death1 = 0;
            double death2 = 0;
            int next = first;
            for (; next < byTimeDescending.length && time[byTimeDescending[next]] == t; next++) {
                int i = byTimeDescending[next];
                double w = Math.exp(beta * x[i]);
                risk0 += w;
                risk1 += w * x[i];
                risk2 += w * x[i] * x[i];
                if (event[i]) {
                    deaths++;
                    death0 += w;
                    death1 += w * x[i];
                    death2 += w * x[i] * x[i];
                    logLikelihood += beta * x[i];
                    score += x[i];
                }
            }
            for (int r = 0; r < deaths; r++) {
                double share = (double) r / deaths;
                double s0 = risk0 - share * death0;
                double mean = (risk1 - share * death1) / s0;
                logLikelihood -= Math.log(s0);
                score -= mean;
                information += (risk2 - share * death2) / s0 - mean * mean;
            }
            first = next;
        }
        return new Value(logLikelihood, score, information);
    }

    /**
     * True when the likelihood rises without bound as beta runs to +-infinity: every event has the highest
     * covariate of its risk set, or every event has the lowest.
     */
    boolean isMonotone() {
        boolean allAtMaximum = true;
        boolean allAtMinimum = true;
        // Walking the times from the last back, the risk set of a time is everything seen once its ties are in.
        double riskSetMaximum = Double.NEGATIVE_INFINITY;
        double riskSetMinimum = Double.POSITIVE_INFINITY;
        int first = 0;
        while (first < byTimeDescending.length) {
            double t = time[byTimeDescending[first]];
            int next = first;
            for (; next < byTimeDescending.length && time[byTimeDescending[next]] == t; next++) {
                riskSetMaximum = Math.max(riskSetMaximum, x[byTimeDescending[next]]);
                riskSetMinimum = Math.min(riskSetMinimum, x[byTimeDescending[next]]);
            }
            for (int k = first; k < next; k++) {
                int i = byTimeDescending[k];
                if (event[i]) {
                    allAtMaximum &= x[i] == riskSetMaximum;
                    allAtMinimum &= x[i] == riskSetMinimum;
                }
            }
            first = next;
        }
        return allAtMaximum || allAtMinimum;
    }
}
