package org.thyrobank.analysis.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Kaplan-Meier estimate, as R's {@code survfit(Surv(time, event) ~ 1)} with the survival package's defaults:
 * Greenwood variance, log-transformed 95 % intervals ({@code conf.type = "log"}, upper bound capped at 1), one row
 * per distinct time (event or censoring), and the median with its 95 % interval as {@code print.survfit} reports
 * them (see {@link SurvivalMedian}).
 */
public final class KaplanMeier {

    /**
     * One row of {@code summary(fit, censored = TRUE)}.
     *
     * @param standardError Greenwood standard error of the survival, {@code summary(fit)$std.err}; null once the
     *     curve has reached 0 (R: NaN)
     * @param ciLower lower 95 % bound; null once the curve has reached 0 (R: NA)
     * @param ciUpper upper 95 % bound, at most 1; null with the lower bound
     */
    public record Step(
            double time,
            int atRisk,
            int events,
            int censored,
            double survival,
            Double standardError,
            Double ciLower,
            Double ciUpper) {}

    /**
     * @param median time where the curve reaches 0.5; null when it stays above (R: NA)
     * @param ciLower where the lower 95 % curve reaches 0.5; null when it does not (R: NA)
     * @param ciUpper where the upper 95 % curve reaches 0.5; null when it does not (R: NA)
     */
    public record Median(Double median, Double ciLower, Double ciUpper) {}

    /** The curve; {@code n} and {@code events} are R's records and events. */
    public record Fit(int n, int events, List<Step> steps, Median median) {

        public Fit {
            steps = List.copyOf(steps);
        }

        /** Subjects still at risk at {@code time} (time >= it), as {@code summary(fit, times = time)$n.risk}. */
        public int numberAtRisk(double time) {
            return steps.stream()
                    .filter(step -> step.time() >= time)
                    .findFirst()
                    .map(Step::atRisk)
                    .orElse(0);
        }
    }

    private KaplanMeier() {}

    public static Fit fit(double[] time, boolean[] event) {
        if (time.length != event.length || time.length == 0) {
            throw new IllegalArgumentException("need as many event flags as times, and at least one: " + time.length
                    + " times, " + event.length + " flags");
        }
        TreeMap<Double, int[]> eventsAndCensored = new TreeMap<>();
        for (int i = 0; i < time.length; i++) {
            if (!Double.isFinite(time[i])) {
                throw new IllegalArgumentException("time " + i + " is not a finite number: " + time[i]);
            }
            eventsAndCensored.computeIfAbsent(time[i], t -> new int[2])[event[i] ? 0 : 1]++;
        }
        List<Step> steps = new ArrayList<>();
        int atRisk = time.length;
        int totalEvents = 0;
        double survival = 1;
        double varianceOfLog = 0;
        for (var entry : eventsAndCensored.entrySet()) {
            int events = entry.getValue()[0];
            int censored = entry.getValue()[1];
            survival *= 1 - (double) events / atRisk;
            varianceOfLog += events == 0 ? 0 : events / ((double) atRisk * (atRisk - events));
            steps.add(step(entry.getKey(), atRisk, events, censored, survival, Math.sqrt(varianceOfLog)));
            atRisk -= events + censored;
            totalEvents += events;
        }
        return new Fit(time.length, totalEvents, steps, SurvivalMedian.of(steps));
    }

    private static Step step(double time, int atRisk, int events, int censored, double survival, double seOfLog) {
        if (survival == 0) {
            return new Step(time, atRisk, events, censored, 0, null, null, null);
        }
        return new Step(
                time,
                atRisk,
                events,
                censored,
                survival,
                survival * seOfLog,
                Math.exp(Math.log(survival) - StandardNormal.Z_975 * seOfLog),
                Math.min(1, Math.exp(Math.log(survival) + StandardNormal.Z_975 * seOfLog)));
    }
}
