package org.thyrobank.analysis.stats;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Logistic regression of a binary outcome on one covariate, {@code glm(y ~ x, family = binomial)}: R's
 * {@code glm.fit} iteratively reweighted least squares step for step (starting values {@code mustart = (y + 0.5) / 2},
 * R's clamped logit inverse and derivative, convergence when {@code |dev - devold| / (|dev| + 0.1) < 1e-8}, at most 25
 * iterations) and {@code summary.glm}'s Wald standard errors from the last iteration's weights (dispersion 1), with
 * the two-sided p {@code 2 * pnorm(-|z|)} (null for a NaN z).
 */
public final class LogisticRegression {

    private static final double EPSILON = 1e-8;
    private static final int MAX_ITERATIONS = 25;
    private static final double THRESHOLD = 30;
    private static final double DBL_EPSILON = Math.ulp(1.0);

    /** Coefficients, their Wald standard errors and p values; {@code converged} as glm reports it. */
    public record Fit(
            double intercept,
            double slope,
            double interceptSe,
            double slopeSe,
            Double slopePValue,
            double deviance,
            int iterations,
            boolean converged) {}

    private LogisticRegression() {}

    public static Fit fit(double[] x, boolean[] y) {
        int n = x.length;
        if (n != y.length || n < 2) {
            throw new IllegalArgumentException("a logistic fit needs at least two (x, y) pairs of equal length");
        }
        double[] eta = new double[n];
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            double start = ((y[i] ? 1 : 0) + 0.5) / 2;
            eta[i] = Math.log(start / (1 - start));
            mu[i] = inverseLogit(eta[i]);
        }
        double devold = deviance(y, mu);
        double[] coefficients = null;
        double[] weights = new double[n];
        boolean converged = false;
        int iteration = 0;
        double dev = devold;
        while (iteration < MAX_ITERATIONS) {
            iteration++;
            RealMatrix design = new Array2DRowRealMatrix(n, 2);
            double[] response = new double[n];
            for (int i = 0; i < n; i++) {
                double derivative = logitDerivative(eta[i]);
                double z = eta[i] + ((y[i] ? 1 : 0) - mu[i]) / derivative;
                weights[i] = Math.sqrt(derivative * derivative / (mu[i] * (1 - mu[i])));
                design.setEntry(i, 0, weights[i]);
                design.setEntry(i, 1, x[i] * weights[i]);
                response[i] = z * weights[i];
            }
            DecompositionSolver solver = new QRDecomposition(design).getSolver();
            coefficients = solver.solve(new ArrayRealVector(response)).toArray();
            for (int i = 0; i < n; i++) {
                eta[i] = coefficients[0] + coefficients[1] * x[i];
                mu[i] = inverseLogit(eta[i]);
            }
            dev = deviance(y, mu);
            if (Math.abs(dev - devold) / (Math.abs(dev) + 0.1) < EPSILON) {
                converged = true;
                break;
            }
            devold = dev;
        }
        double[][] information = new double[2][2];
        for (int i = 0; i < n; i++) {
            double w = weights[i] * weights[i];
            information[0][0] += w;
            information[0][1] += w * x[i];
            information[1][1] += w * x[i] * x[i];
        }
        double determinant = information[0][0] * information[1][1] - information[0][1] * information[0][1];
        double interceptSe = Math.sqrt(information[1][1] / determinant);
        double slopeSe = Math.sqrt(information[0][0] / determinant);
        Double p = StandardNormal.twoSidedP(coefficients[1] / slopeSe);
        return new Fit(coefficients[0], coefficients[1], interceptSe, slopeSe, p, dev, iteration, converged);
    }

    /** binomial()$linkinv as R's C code computes it: exp(eta) clamped to [DBL_EPSILON, 1 / DBL_EPSILON]. */
    private static double inverseLogit(double eta) {
        double tmp = eta < -THRESHOLD ? DBL_EPSILON : eta > THRESHOLD ? 1 / DBL_EPSILON : Math.exp(eta);
        return tmp / (1 + tmp);
    }

    /** binomial()$mu.eta: exp(eta) / (1 + exp(eta))^2, DBL_EPSILON beyond |eta| > 30. */
    private static double logitDerivative(double eta) {
        if (eta > THRESHOLD || eta < -THRESHOLD) {
            return DBL_EPSILON;
        }
        double opexp = 1 + Math.exp(eta);
        return Math.exp(eta) / (opexp * opexp);
    }

    private static double deviance(boolean[] y, double[] mu) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += -2 * Math.log(y[i] ? mu[i] : 1 - mu[i]);
        }
        return sum;
    }
}
