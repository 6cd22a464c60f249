package org.thyrobank.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The trial's report (interfaces.md, {@code report --format json}): the contract's sections first, then what the
 * report adds. Field names become snake_case in JSON; a null figure is undefined (JSON {@code null}). Every
 * {@code leftOut} map counts the patients a test left out, by reason ({@code not_evaluable}, {@code no_call},
 * {@code undefined_outcome}, {@code no_survival_time}, {@code missing_sample}); each patient is counted once, under
 * the first reason in that order that applies.
 */
public record Report(Cohort cohort, PrimaryEndpoint primaryEndpoint, List<Association> associations,
        List<SurvivalAnalysis> survival, List<MirnaTest> mirna, MirnaQc mirnaQc, List<Correlation> correlations,
        Map<String, Integer> bestOverallResponse, Toxicity toxicity, List<DosimetryRow> dosimetry) {

    public record Cohort(int patients, int evaluable) {
    }

    /** SOFT_TISSUE_CR among evaluable patients: Clopper-Pearson 95 % CI, one-sided exact p against the null rate. */
    public record PrimaryEndpoint(String outcome, int evaluable, int responders, Double rate, List<Double> ci95,
            double nullRate, Double pValue, Map<String, Integer> leftOut) {
    }

    /**
     * A factor against an outcome: {@code table} rows are the factor's levels ({@code levels}: MUTANT / WILD_TYPE or
     * true / false), columns the outcome true / false. Fisher's exact two-sided p and the conditional MLE odds ratio;
     * an infinite odds ratio or bound is null.
     */
    public record Association(String factor, String outcome, String method, List<String> levels,
            List<List<Integer>> table, int n, Double oddsRatio, List<Double> oddsRatioCi95, Double pValue,
            Map<String, Integer> leftOut) {
    }

    /** A PFS or OS analysis: overall ({@code groupBy} null) or by a factor. */
    public sealed interface SurvivalAnalysis permits OverallSurvival, GroupedSurvival {
        String endpoint();
    }

    public record OverallSurvival(String endpoint, String groupBy, int n, int events, Double medianMonths,
            List<Double> medianCi95, Map<String, Integer> leftOut, List<CurveStep> curve)
            implements SurvivalAnalysis {
    }

    /** By BRAF_V600E or TERT_PROMOTER: log-rank p, Cox hazard ratio MUTANT against WILD_TYPE with its Wald CI. */
    public record GroupedSurvival(String endpoint, String groupBy, List<SurvivalGroup> groups, Double logrankP,
            Double hazardRatio, List<Double> hazardRatioCi95, String hazardRatioNote, Map<String, Integer> leftOut)
            implements SurvivalAnalysis {
    }

    public record SurvivalGroup(String level, int n, int events, Double medianMonths, List<Double> medianCi95,
            List<CurveStep> curve) {
    }

    /** One distinct time of a Kaplan-Meier curve, as {@code summary(survfit(...), censored = TRUE)}. */
    public record CurveStep(double time, int atRisk, int events, int censored, double survival) {
    }

    /**
     * A miRNA test: {@code pre_cr_vs_noncr} or {@code post_vs_pre}; {@code flaggedSpecimens} counts the QC-flagged
     * specimens among those the test used (0 when flagged specimens were left out).
     */
    public sealed interface MirnaTest permits MirnaGroupComparison, MirnaPairedComparison {
        String mirna();

        String test();

        Double pValue();
    }

    /** PRE dCq of patients with SOFT_TISSUE_CR against those without, Mann-Whitney; BH q within the test. */
    public record MirnaGroupComparison(String mirna, String test, int n, int nCr, int nNonCr, Double pValue,
            Double qValue, int flaggedSpecimens, Map<String, Integer> leftOut) implements MirnaTest {
    }

    /** POST against PRE dCq, paired Wilcoxon; {@code medianDdcq} is the median of POST - PRE dCq. */
    public record MirnaPairedComparison(String mirna, String test, int n, Double medianDdcq, Double pValue,
            Double qValue, int flaggedSpecimens, Map<String, Integer> leftOut) implements MirnaTest {
    }

    /** How the miRNA figures were made: the normalisation, its normaliser assays, and every QC flag. */
    public record MirnaQc(String normalisation, List<String> normaliserAssays, List<String> testedMirnas,
            boolean flaggedExcluded, List<QcFlagRow> flags) {
    }

    public record QcFlagRow(String plate, String specimenId, String issue, String detail) {
    }

    /**
     * A Spearman correlation: {@code fdg_suvmax_vs_gy_per_gbq} over lesions with both readings (the FDG / iodine
     * flip-flop), or {@code pre_dcq_vs_lowest_soft_tissue_dose} over patients, per miRNA, with BH q across miRNAs.
     */
    public record Correlation(String name, String mirna, int n, Double rho, Double pValue, Double qValue) {
    }

    public record Toxicity(List<LabToxicity> labNadirs, List<AdverseEventRow> adverseEvents) {
    }

    /** Patients by CTCAE grade (0-4) of their nadir after therapy, for one test. */
    public record LabToxicity(String test, int patients, Map<String, Integer> grades, int maxGrade) {
    }

    public record AdverseEventRow(String term, int events, int patients, int maxGrade) {
    }

    public record DosimetryRow(String patientId, BigDecimal mtaGbq, BigDecimal recommendedActivityGbq,
            BigDecimal lowestSoftTissueDoseGy, Boolean exitToStandardCare, Boolean iodineRefractory,
            Boolean radioresistant) {
    }
}
