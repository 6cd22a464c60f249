package org.thyrobank.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.thyrobank.analysis.Report.DosePoint;
import org.thyrobank.analysis.Report.DoseResponse;
import org.thyrobank.analysis.Report.Logistic;
import org.thyrobank.analysis.stats.LogisticRegression;
import org.thyrobank.clinical.Lesion;
import org.thyrobank.clinical.LesionDose;
import org.thyrobank.clinical.PatientOutcome;

/**
 * Lesion-level dose-response (docs/analyses.md, Dose-response) over the soft-tissue lesions of evaluable patients:
 * {@code glm(disappeared ~ log10(D), family = binomial)} with D the unrounded dose at the first therapy's activity,
 * D80 = the dose at which the fitted probability is 0.8, and the observed control rate of the lesions at or above
 * their threshold (Jentzen's tumour control probability above 80 %); the lesions themselves, by dose, for the figure.
 */
final class DoseResponseAnalysis {

    static final double TARGET_PROBABILITY = 0.8;

    private DoseResponseAnalysis() {}

    static DoseResponse of(List<PatientOutcome> patients, List<LesionDose> doses) {
        Set<String> evaluable = patients.stream()
                .filter(PatientOutcome::evaluable)
                .map(PatientOutcome::patientId)
                .collect(Collectors.toSet());
        List<LesionDose> lesions = doses.stream()
                .filter(d -> d.site() == Lesion.Site.SOFT_TISSUE
                        && evaluable.contains(d.patientId())
                        && d.disappeared() != null)
                .toList();
        int disappeared = (int) lesions.stream().filter(LesionDose::disappeared).count();
        List<LesionDose> atThreshold = lesions.stream()
                .filter(d -> d.doseGy().compareTo(d.thresholdGy()) >= 0)
                .toList();
        int controlled =
                (int) atThreshold.stream().filter(LesionDose::disappeared).count();
        List<DosePoint> points = lesions.stream()
                .map(d -> new DosePoint(d.doseGy(), d.thresholdGy(), d.disappeared()))
                .sorted(Comparator.comparing(DosePoint::doseGy).thenComparing(DosePoint::disappeared))
                .toList();
        return new DoseResponse(
                lesions.size(), disappeared, logistic(lesions), Rates.block(controlled, atThreshold.size()), points);
    }

    /**
     * The fit, or every figure null with the reason: fewer than 3 lesions, one outcome only, one dose only, or
     * separation (every lesion that disappeared had a dose at or above every one that did not, or the reverse: the
     * maximum likelihood estimate does not exist and glm's figures would only tell where it stopped).
     */
    static Logistic logistic(List<LesionDose> lesions) {
        List<double[]> pairs = new ArrayList<>();
        for (LesionDose lesion : lesions) {
            if (lesion.doseGy().signum() > 0) {
                pairs.add(new double[] {Math.log10(lesion.doseGy().doubleValue()), lesion.disappeared() ? 1 : 0});
            }
        }
        double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
        boolean[] y = new boolean[pairs.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = pairs.get(i)[1] == 1;
        }
        String undefined = undefinedBecause(x, y);
        if (undefined != null) {
            return new Logistic(null, null, null, null, undefined);
        }
        LogisticRegression.Fit fit = LogisticRegression.fit(x, y);
        if (!fit.converged()) {
            return new Logistic(null, null, null, null, "the fit did not converge in 25 iterations");
        }
        Double d80 = fit.slope() > 0
                ? Math.pow(
                        10, (Math.log(TARGET_PROBABILITY / (1 - TARGET_PROBABILITY)) - fit.intercept()) / fit.slope())
                : null;
        return new Logistic(
                fit.intercept(),
                fit.slope(),
                fit.slopePValue(),
                d80,
                d80 == null ? "the slope is not above 0: no dose reaches a probability of 0.8" : null);
    }

    private static String undefinedBecause(double[] x, boolean[] y) {
        if (x.length < 3) {
            return "fewer than 3 lesions with a dose above 0";
        }
        double minYes = Double.POSITIVE_INFINITY;
        double maxYes = Double.NEGATIVE_INFINITY;
        double minNo = Double.POSITIVE_INFINITY;
        double maxNo = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (y[i]) {
                minYes = Math.min(minYes, x[i]);
                maxYes = Math.max(maxYes, x[i]);
            } else {
                minNo = Math.min(minNo, x[i]);
                maxNo = Math.max(maxNo, x[i]);
            }
        }
        if (Double.isInfinite(minYes) || Double.isInfinite(minNo)) {
            return "every lesion has the same outcome";
        }
        if (Math.min(minYes, minNo) == Math.max(maxYes, maxNo)) {
            return "every lesion has the same dose";
        }
        if (maxNo <= minYes || maxYes <= minNo) {
            return "the doses separate the outcomes: no finite maximum likelihood estimate";
        }
        return null;
    }
}
