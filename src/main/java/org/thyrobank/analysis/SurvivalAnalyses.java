package org.thyrobank.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.thyrobank.analysis.Report.CurveStep;
import org.thyrobank.analysis.Report.GroupedSurvival;
import org.thyrobank.analysis.Report.OverallSurvival;
import org.thyrobank.analysis.Report.SurvivalAnalysis;
import org.thyrobank.analysis.Report.SurvivalGroup;
import org.thyrobank.analysis.stats.CoxProportionalHazards;
import org.thyrobank.analysis.stats.KaplanMeier;
import org.thyrobank.analysis.stats.LogRankTest;
import org.thyrobank.clinical.PatientOutcome;

/**
 * PFS and OS in months from the first therapy: Kaplan-Meier overall and by BRAF_V600E and TERT_PROMOTER
 * ({@code survfit}), the log-rank p ({@code survdiff}) and the Cox hazard ratio MUTANT against WILD_TYPE with its
 * Wald 95 % CI ({@code coxph}, Efron ties), over the treated population. Patients who are not treated, those
 * without a survival time (no follow-up) and, by factor, those whose factor is NO_CALL (or withheld by consent, or of
 * preliminary calls only: consent_withdrawn, preliminary_call) are left out and counted.
 */
final class SurvivalAnalyses {

    static final List<Factor> GROUPED_BY = List.of(Factor.BRAF_V600E, Factor.TERT_PROMOTER);

    private record Subject(double time, boolean event, Boolean level) {}

    private SurvivalAnalyses() {}

    static List<SurvivalAnalysis> all(List<PatientOutcome> patients, PatientFactors factors) {
        List<SurvivalAnalysis> analyses = new ArrayList<>();
        for (String endpoint : List.of("PFS", "OS")) {
            analyses.add(overall(endpoint, patients));
            for (Factor factor : GROUPED_BY) {
                analyses.add(grouped(endpoint, factor, patients, factors));
            }
        }
        return analyses;
    }

    /**
     * Median follow-up by reverse Kaplan-Meier, {@code survfit(Surv(t, 1 - died) ~ 1)} over the OS times of the
     * treated: a death censors follow-up, a last contact is its event.
     */
    static Report.FollowUp followUp(List<PatientOutcome> patients) {
        LeftOut ignored = new LeftOut(LeftOut.NOT_TREATED, LeftOut.NO_SURVIVAL_TIME);
        List<Subject> reversed = subjects("OS", patients, p -> true, p -> null, ignored).stream()
                .map(s -> new Subject(s.time(), !s.event(), s.level()))
                .toList();
        SurvivalGroup curve = curve("all", reversed);
        return new Report.FollowUp("reverse_kaplan_meier", curve.n(), curve.medianMonths(), curve.medianCi95());
    }

    private static OverallSurvival overall(String endpoint, List<PatientOutcome> patients) {
        LeftOut leftOut = new LeftOut(LeftOut.NOT_TREATED, LeftOut.NO_SURVIVAL_TIME);
        List<Subject> subjects = subjects(endpoint, patients, p -> true, p -> null, leftOut);
        SurvivalGroup curve = curve("all", subjects);
        return new OverallSurvival(
                endpoint,
                null,
                curve.n(),
                curve.events(),
                curve.medianMonths(),
                curve.medianCi95(),
                leftOut.counts(),
                curve.curve());
    }

    private static GroupedSurvival grouped(
            String endpoint, Factor factor, List<PatientOutcome> patients, PatientFactors factors) {
        return grouped(endpoint, FactorChoice.of(factor.label(), factors), patients);
    }

    static GroupedSurvival grouped(String endpoint, FactorChoice factor, List<PatientOutcome> patients) {
        LeftOut leftOut = new LeftOut(LeftOut.NOT_TREATED, LeftOut.NO_SURVIVAL_TIME, LeftOut.NO_CALL);
        List<Subject> subjects = subjects(endpoint, patients, factor.level(), factor::withheldReason, leftOut);
        List<Subject> mutant = subjects.stream().filter(Subject::level).toList();
        List<Subject> wildType = subjects.stream().filter(s -> !s.level()).toList();
        List<SurvivalGroup> groups = List.of(curve(factor.level(true), mutant), curve(factor.level(false), wildType));
        Double logRankP = null;
        Double hazardRatio = null;
        List<Double> hazardRatioCi = Arrays.asList(null, null);
        String note = "no patients in one of the groups";
        if (!mutant.isEmpty() && !wildType.isEmpty()) {
            double[] time = subjects.stream().mapToDouble(Subject::time).toArray();
            boolean[] event = new boolean[subjects.size()];
            double[] covariate = new double[subjects.size()];
            String[] group = new String[subjects.size()];
            for (int i = 0; i < subjects.size(); i++) {
                event[i] = subjects.get(i).event();
                covariate[i] = subjects.get(i).level() ? 1 : 0;
                group[i] = factor.level(subjects.get(i).level());
            }
            logRankP = logRankP(time, event, group);
            var cox = CoxProportionalHazards.fit(time, event, covariate);
            hazardRatio = cox.hazardRatio();
            hazardRatioCi = Arrays.asList(cox.hazardRatioCiLower(), cox.hazardRatioCiUpper());
            note = cox.notEstimable();
        }
        return new GroupedSurvival(
                endpoint, factor.label(), groups, logRankP, hazardRatio, hazardRatioCi, note, leftOut.counts());
    }

    /**
     * survdiff's p; null where its variance is singular (no time with events in a risk set holding both groups and
     * a survivor, e.g. every event at one time), where R stops with "system is exactly singular".
     */
    private static Double logRankP(double[] time, boolean[] event, String[] group) {
        try {
            return LogRankTest.test(time, event, group).pValue();
        } catch (SingularMatrixException e) {
            return null;
        }
    }

    /**
     * The treated patients with a survival time and a defined factor level; the others counted in {@code leftOut},
     * an undefined level under {@code withheldReason}'s answer (consent_withdrawn, preliminary_call) or else no_call.
     */
    private static List<Subject> subjects(
            String endpoint,
            List<PatientOutcome> patients,
            Function<PatientOutcome, Boolean> level,
            Function<PatientOutcome, String> withheldReason,
            LeftOut leftOut) {
        List<Subject> subjects = new ArrayList<>();
        for (PatientOutcome patient : patients) {
            Double time = endpoint.equals("PFS") ? patient.pfsMonths() : patient.osMonths();
            Boolean event = endpoint.equals("PFS") ? patient.pfsEvent() : patient.osEvent();
            Boolean factor = level.apply(patient);
            if (!patient.treated()) {
                leftOut.count(LeftOut.NOT_TREATED);
            } else if (time == null) {
                leftOut.count(LeftOut.NO_SURVIVAL_TIME);
            } else if (factor == null) {
                String withheld = withheldReason.apply(patient);
                if (withheld == null) {
                    leftOut.count(LeftOut.NO_CALL);
                } else {
                    leftOut.countOccasional(withheld);
                }
            } else {
                subjects.add(new Subject(time, event, factor));
            }
        }
        return subjects;
    }

    private static SurvivalGroup curve(String level, List<Subject> subjects) {
        if (subjects.isEmpty()) {
            return new SurvivalGroup(level, 0, 0, null, Arrays.asList(null, null), List.of());
        }
        double[] time = subjects.stream().mapToDouble(Subject::time).toArray();
        boolean[] event = new boolean[subjects.size()];
        for (int i = 0; i < event.length; i++) {
            event[i] = subjects.get(i).event();
        }
        KaplanMeier.Fit fit = KaplanMeier.fit(time, event);
        List<CurveStep> steps = fit.steps().stream()
                .map(s -> new CurveStep(s.time(), s.atRisk(), s.events(), s.censored(), s.survival()))
                .toList();
        return new SurvivalGroup(
                level,
                fit.n(),
                fit.events(),
                fit.median().median(),
                Arrays.asList(fit.median().ciLower(), fit.median().ciUpper()),
                steps);
    }
}
