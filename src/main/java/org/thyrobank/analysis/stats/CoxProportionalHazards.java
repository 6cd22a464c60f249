package org.thyrobank.analysis.stats;

import java.util.stream.IntStream;

/**
 * Cox proportional hazards model with one covariate, as R's {@code coxph(Surv(time, event) ~ x)} with the survival
 * package's defaults: Efron's handling of tied event times, Newton-Raphson from 0 with step halving, stopping when
 * the log partial likelihood changes by a relative 1e-9 or after 20 iterations; Wald standard error, 95 % interval
 * of the hazard ratio and p. For a binary covariate coded 1 / 0 the hazard ratio is group 1 against group 0.
 *
 * <p>Where R returns no usable estimate the result carries none and says why: no events, a covariate constant over
 * every risk set (R: NA), or a likelihood that keeps rising as the coefficient runs to +-infinity (every event in the
 * subject with the highest, or every event with the lowest, covariate of its risk set), where R warns that it did
 * not converge or that the coefficient may be infinite and reports a meaningless huge estimate.
 */
public final class CoxProportionalHazards {

    private static final double EPSILON = 1e-9;
    private static final int MAX_ITERATIONS = 20;

    /**
     * @param coefficient log hazard ratio; null when not estimable, as are all the figures below
     * @param notEstimable why there is no estimate; null when there is one
     */
    public record Result(
            int n,
            int events,
            Double coefficient,
            Double standardError,
            Double hazardRatio,
            Double hazardRatioCiLower,
            Double hazardRatioCiUpper,
            Double pValue,
            String notEstimable) {

        static Result withoutEstimate(int n, int events, String reason) {
            return new Result(n, events, null, null, null, null, null, null, reason);
        }
    }

    private CoxProportionalHazards() {}

    public static Result fit(double[] time, boolean[] event, double[] covariate) {
        if (time.length != event.length || time.length != covariate.length) {
            throw new IllegalArgumentException("time, event and covariate must have the same length");
        }
        var partialLikelihood = new EfronPartialLikelihood(time, event, covariate);
        int n = time.length;
        int events = (int) IntStream.range(0, n).filter(i -> event[i]).count();
        if (events == 0) {
            return Result.withoutEstimate(n, events, "no events");
        }
        if (partialLikelihood.at(0).information() <= 0) {
            return Result.withoutEstimate(n, events, "the covariate does not vary within any risk set");
        }
        if (partialLikelihood.isMonotone()) {
            return Result.withoutEstimate(n, events, "monotone likelihood: the coefficient is infinite");
        }
        double beta = newtonRaphson(partialLikelihood);
        double standardError = 1 / Math.sqrt(partialLikelihood.at(beta).information());
        double margin = StandardNormal.Z_975 * standardError;
        return new Result(
                n,
                events,
                beta,
                standardError,
                Math.exp(beta),
                Math.exp(beta - margin),
                Math.exp(beta + margin),
                StandardNormal.waldChiSquareP(beta / standardError),
                null);
    }

    /** The survival package's coxfit iteration: full Newton steps, halved while the likelihood falls. */
    private static double newtonRaphson(EfronPartialLikelihood partialLikelihood) {
        double beta = 0;
        EfronPartialLikelihood.Value current = partialLikelihood.at(beta);
        double bestLogLikelihood = current.logLikelihood();
        double next = beta + current.score() / current.information();
        boolean halving = false;
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            EfronPartialLikelihood.Value candidate = partialLikelihood.at(next);
            if (Math.abs(1 - bestLogLikelihood / candidate.logLikelihood()) <= EPSILON && !halving) {
                return next;
            }
            if (iteration == MAX_ITERATIONS) {
                break;
            }
            if (candidate.logLikelihood() < bestLogLikelihood) {
                halving = true;
                next = (next + beta) / 2;
            } else {
                halving = false;
                bestLogLikelihood = candidate.logLikelihood();
                beta = next;
                next = next + candidate.score() / candidate.information();
            }
        }
        return next;
    }
}
