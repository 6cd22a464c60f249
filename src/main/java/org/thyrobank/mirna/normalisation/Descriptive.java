package org.thyrobank.mirna.normalisation;

/** Mean and sample standard deviation (n - 1 denominator, as R's {@code sd}). */
final class Descriptive {

    private Descriptive() {}

    static double mean(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    static double sd(double[] values) {
        if (values.length < 2) {
            throw new IllegalArgumentException("a standard deviation needs at least two values");
        }
        double mean = mean(values);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
