package org.thyrobank.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The random draws the cohort is made of. {@link java.util.Random} and {@link StrictMath} give the same
 * numbers on every JVM, so a seed always writes the same bundle.
 */
final class Draw {

    private final Random random;

    Draw(long seed) {
        this.random = new Random(seed);
    }

    /** An independent stream for one part of the cohort, so that parts do not shift one another. */
    static Draw forPart(long seed, String part) {
        return new Draw(seed * 1_000_003L + part.hashCode());
    }

    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    int integer(int from, int toInclusive) {
        return from + random.nextInt(toInclusive - from + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double normal(double mean, double sd) {
        return mean + sd * random.nextGaussian();
    }

    /** Log-normal with the given median and log-scale spread. */
    double logNormal(double median, double logSd) {
        return median * StrictMath.exp(logSd * random.nextGaussian());
    }

    double between(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    LocalDate date(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }

    <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Picks by weight: {@code weights[i]} is the relative chance of {@code values.get(i)}. */
    <T> T weighted(List<T> values, double... weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    <T> List<T> shuffled(List<T> values) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy;
    }
}
