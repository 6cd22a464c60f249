package org.thyrobank.analysis.stats;

import java.util.function.DoubleUnaryOperator;

/**
 * R's {@code uniroot(f, c(lower, upper))} with its defaults (tol = .Machine$double.eps^0.25, maxiter = 1000): Brent's
 * zeroin as R implements it. Commons Math's BrentSolver would find a more precise root, but R stops at this
 * tolerance and the figures must be R's, so the same iteration is reproduced here.
 */
final class Uniroot {

    private static final double TOLERANCE = Math.pow(Math.ulp(1.0), 0.25);
    private static final int MAX_ITERATIONS = 1000;

    private Uniroot() {}

    static double root(DoubleUnaryOperator f, double lower, double upper) {
        double a = lower;
        double b = upper;
        double fa = f.applyAsDouble(a);
        double fb = f.applyAsDouble(b);
        if (fa * fb > 0) {
            throw new IllegalArgumentException("f() values at end points not of opposite sign");
        }
        if (fa == 0) {
            return a;
        }
        if (fb == 0) {
            return b;
        }
        double c = a;
        double fc = fa;
        for (int iteration = 0; iteration <= MAX_ITERATIONS; iteration++) {
            double previousStep = b - a;
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double actualTolerance = 2 * Math.ulp(1.0) * Math.abs(b) + TOLERANCE / 2;
            double step = (c - b) / 2;
            if (Math.abs(step) <= actualTolerance || fb == 0) {
                return b;
            }
            if (Math.abs(previousStep) >= actualTolerance && Math.abs(fa) > Math.abs(fb)) {
                step = interpolatedStep(a, b, c, fa, fb, fc, previousStep, actualTolerance, step);
            }
            if (Math.abs(step) < actualTolerance) {
                step = step > 0 ? actualTolerance : -actualTolerance;
            }
            a = b;
            fa = fb;
            b += step;
            fb = f.applyAsDouble(b);
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
                c = a;
                fc = fa;
            }
        }
        return b;
    }

    /** Secant or inverse quadratic interpolation, kept only when it falls well inside [b, c]. */
    private static double interpolatedStep(
            double a,
            double b,
            double c,
            double fa,
            double fb,
            double fc,
            double previousStep,
            double actualTolerance,
            double bisectionStep) {
        double cb = c - b;
        double p;
        double q;
        if (a == c) {
            double t1 = fb / fa;
            p = cb * t1;
            q = 1.0 - t1;
        } else {
            double qa = fa / fc;
            double t1 = fb / fc;
            double t2 = fb / fa;
            p = t2 * (cb * qa * (qa - t1) - (b - a) * (t1 - 1.0));
            q = (qa - 1.0) * (t1 - 1.0) * (t2 - 1.0);
        }
        if (p > 0) {
            q = -q;
        } else {
            p = -p;
        }
        if (p < 0.75 * cb * q - Math.abs(actualTolerance * q) / 2 && p < Math.abs(previousStep * q / 2)) {
            return p / q;
        }
        return bisectionStep;
    }
}
