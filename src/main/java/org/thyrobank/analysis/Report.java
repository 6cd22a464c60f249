package org.thyrobank.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.thyrobank.platform.provenance.Provenance;

/**
 * The trial's report (docs/interfaces.md, {@code report --format json}; the sections of docs/analyses.md): the
 * contract's sections first, then what the report adds. Field names become snake_case in JSON; a null figure is
 * undefined (JSON {@code null}). Every {@code leftOut} map counts the patients a test left out, by reason
 * ({@code not_evaluable}, {@code not_treated}, {@code no_call}, {@code undefined_outcome}, {@code no_survival_time},
 * {@code missing_sample}); each patient is counted once, under the first reason in that order that applies.
 */
public record Report(
        Cohort cohort,
        Populations populations,
        PrimaryEndpoint primaryEndpoint,
        ResponseRates responseRates,
        List<Association> associations,
        List<SurvivalAnalysis> survival,
        FollowUp followUp,
        Toxicity toxicity,
        DoseResponse doseResponse,
        List<Deviation> deviations,
        List<MirnaTest> mirna,
        MirnaQc mirnaQc,
        List<Correlation> correlations,
        FdgChange fdgChange,
        IodinePet iodinePet,
        List<CumulativeActivity> cumulativeActivity,
        List<DosimetryRow> dosimetry,
        HotspotCalls hotspotCalls,
        ConsentCounts consent,
        Provenance provenance) {

    /**
     * Which hotspot calls the figures use (docs/lab-pages.md): {@code signed_out_only} true when only the calls of
     * runs a second lab member signed out count, with the patients left out because all their calls are preliminary
     * (every hotspot factor undefined for them; an association counts them as {@code preliminary_call}) and the
     * number of preliminary tumour calls left out; false when the report was asked to include preliminary calls.
     */
    public record HotspotCalls(
            boolean signedOutOnly,
            String note,
            int patientsLeftOutCount,
            List<String> patientsLeftOut,
            int callsLeftOut) {}

    /**
     * What consent left out (docs/consent.md): {@code recorded} false with the note "consent not recorded" when the
     * clinical folder had no consent.csv; else, per scope (CLINICAL_RESEARCH, GENOMICS, MIRNA, DATA_SHARING), how many
     * patients and which are {@code excluded} (no consent, or withdrawn with STOP_ALL_USE) and which have data cut
     * after a STOP_NEW_DATA withdrawal.
     */
    public record ConsentCounts(
            boolean recorded,
            String note,
            Map<String, Integer> excludedCounts,
            Map<String, List<String>> excluded,
            Map<String, List<String>> stopNewData) {}

    /** This report with {@code newProvenance} (docs/provenance.md); the figures are not touched. */
    public Report withProvenance(Provenance newProvenance) {
        return new Report(
                cohort,
                populations,
                primaryEndpoint,
                responseRates,
                associations,
                survival,
                followUp,
                toxicity,
                doseResponse,
                deviations,
                mirna,
                mirnaQc,
                correlations,
                fdgChange,
                iodinePet,
                cumulativeActivity,
                dosimetry,
                hotspotCalls,
                consent,
                newProvenance);
    }

    /**
     * A proportion with its Clopper-Pearson 95 % interval ({@code binom.test(k, n)$conf.int}); {@code rate} and
     * {@code ci95} are null when n = 0.
     */
    public record RateBlock(int n, int k, Double rate, List<Double> ci95) {}

    /** The analysis populations as a flow, and every patient who leaves it with the step left from and why. */
    public record Populations(
            int enrolled, int dosimetry, int exited, int treated, int evaluable, List<PopulationExit> leftOut) {}

    /** {@code step}: enrolled, dosimetry or treated; {@code reason}: NO_DOSIMETRY, EXIT_TO_STANDARD_CARE, ... */
    public record PopulationExit(String patientId, String step, String reason) {}

    public record Cohort(int patients, int evaluable) {}

    /**
     * SOFT_TISSUE_CR among evaluable patients: Clopper-Pearson 95 % CI, one-sided exact p against the null rate;
     * the sensitivity rate over every patient with a therapy and a 6-month visit whatever their dosimetry or exit;
     * the rate per centre and Fisher's p of centre x SOFT_TISSUE_CR among the evaluable.
     */
    public record PrimaryEndpoint(
            String outcome,
            int evaluable,
            int responders,
            Double rate,
            List<Double> ci95,
            double nullRate,
            Double pValue,
            Map<String, Integer> leftOut,
            RateBlock sensitivityAllTreated,
            List<CentreRate> byCentre,
            @JsonProperty("centre_p_value") Double centrePValue) {}

    /** A rate block of one centre. */
    public record CentreRate(String centre, int n, int k, Double rate, List<Double> ci95) {}

    /**
     * Evaluable patients by best overall response (every category, 0 where nobody), the objective response rate
     * (CR + PR) and the disease control rate (CR + PR + SD).
     */
    public record ResponseRates(Map<String, Integer> bestResponse, RateBlock orr, RateBlock dcr) {}

    /**
     * A factor against an outcome: {@code table} rows are the factor's levels ({@code levels}: MUTANT / WILD_TYPE or
     * true / false), columns the outcome true / false. Fisher's exact two-sided p and the conditional MLE odds ratio;
     * an infinite odds ratio or bound is null.
     */
    public record Association(
            String factor,
            String outcome,
            String method,
            List<String> levels,
            List<List<Integer>> table,
            int n,
            Double oddsRatio,
            List<Double> oddsRatioCi95,
            Double pValue,
            Double qValue,
            Map<String, Integer> leftOut) {}

    /** A PFS or OS analysis: overall ({@code groupBy} null) or by a factor. */
    public sealed interface SurvivalAnalysis permits OverallSurvival, GroupedSurvival {
        String endpoint();
    }

    public record OverallSurvival(
            String endpoint,
            String groupBy,
            int n,
            int events,
            Double medianMonths,
            List<Double> medianCi95,
            Map<String, Integer> leftOut,
            List<CurveStep> curve)
            implements SurvivalAnalysis {}

    /** By BRAF_V600E or TERT_PROMOTER: log-rank p, Cox hazard ratio MUTANT against WILD_TYPE with its Wald CI. */
    public record GroupedSurvival(
            String endpoint,
            String groupBy,
            List<SurvivalGroup> groups,
            Double logrankP,
            Double hazardRatio,
            List<Double> hazardRatioCi95,
            String hazardRatioNote,
            Map<String, Integer> leftOut)
            implements SurvivalAnalysis {}

    public record SurvivalGroup(
            String level, int n, int events, Double medianMonths, List<Double> medianCi95, List<CurveStep> curve) {}

    /** One distinct time of a Kaplan-Meier curve, as {@code summary(survfit(...), censored = TRUE)}. */
    public record CurveStep(double time, int atRisk, int events, int censored, double survival) {}

    /** Median follow-up by reverse Kaplan-Meier: the OS data of the treated with the censoring indicator reversed. */
    public record FollowUp(String method, int n, Double medianMonths, List<Double> medianCi95) {}

    /**
     * A miRNA test: {@code pre_cr_vs_noncr}, {@code post_vs_pre}, {@code change_cr_vs_noncr} or
     * {@code pre_by_<FACTOR>}; {@code flaggedSpecimens} counts the QC-flagged specimens among those the test used (0
     * when flagged specimens were left out).
     */
    public sealed interface MirnaTest permits MirnaGroupComparison, MirnaPairedComparison, MirnaFactorComparison {
        String mirna();

        String test();

        int n();

        Double pValue();

        Double qValue();

        Map<String, Integer> leftOut();
    }

    /**
     * PRE dCq ({@code pre_cr_vs_noncr}) or POST - PRE ddCq ({@code change_cr_vs_noncr}) of patients with
     * SOFT_TISSUE_CR against those without, Mann-Whitney; BH q within the test.
     */
    public record MirnaGroupComparison(
            String mirna,
            String test,
            int n,
            int nCr,
            int nNonCr,
            Double pValue,
            Double qValue,
            int flaggedSpecimens,
            Map<String, Integer> leftOut)
            implements MirnaTest {}

    /** POST against PRE dCq, paired Wilcoxon; {@code medianDdcq} is the median of POST - PRE dCq. */
    public record MirnaPairedComparison(
            String mirna,
            String test,
            int n,
            Double medianDdcq,
            Double pValue,
            Double qValue,
            int flaggedSpecimens,
            Map<String, Integer> leftOut)
            implements MirnaTest {}

    /** PRE dCq of patients whose factor or outcome is true against false, Mann-Whitney; BH q within the test. */
    public record MirnaFactorComparison(
            String mirna,
            String test,
            int n,
            int nTrue,
            int nFalse,
            Double pValue,
            Double qValue,
            int flaggedSpecimens,
            Map<String, Integer> leftOut)
            implements MirnaTest {}

    /** How the miRNA figures were made: the normalisation, its normaliser assays, and every QC flag. */
    public record MirnaQc(
            String normalisation,
            List<String> normaliserAssays,
            List<String> testedMirnas,
            boolean flaggedExcluded,
            List<QcFlagRow> flags) {}

    public record QcFlagRow(String plate, String specimenId, String issue, String detail) {}

    /**
     * A Spearman correlation: {@code fdg_suvmax_vs_gy_per_gbq} over lesions with both readings (the FDG / iodine
     * flip-flop), or {@code pre_dcq_vs_lowest_soft_tissue_dose} over patients, per miRNA, with BH q across miRNAs.
     */
    public record Correlation(String name, String mirna, int n, Double rho, Double pValue, Double qValue) {}

    /**
     * Safety over the treated: participants with a treatment-emergent, treatment-related adverse event (any grade,
     * grade 3 or more, acute: onset within the acute window of the first therapy), per CTCAE term the participants
     * by their highest grade, the haematological nadirs, and warnings (events without an onset date).
     */
    public record Toxicity(
            int treated,
            RateBlock relatedAny,
            RateBlock relatedGrade3plus,
            RateBlock acuteRelated,
            List<AdverseEventTerm> terms,
            List<LabToxicity> labNadirs,
            List<String> warnings) {}

    /**
     * One CTCAE term over the treatment-emergent events of the treated, whatever their attribution: the events, the
     * participants who had it, those with a related one, and participants by their highest grade ("1" to "5").
     */
    public record AdverseEventTerm(
            String term, int events, int participants, int relatedParticipants, Map<String, Integer> byMaxGrade) {}

    /** Patients by CTCAE grade (0-4) of their nadir after therapy, for one test. */
    public record LabToxicity(String test, int patients, Map<String, Integer> grades, int maxGrade) {}

    /**
     * Lesion-level dose-response over the soft-tissue lesions of evaluable patients: whether each disappeared against
     * log10 of its dose at the first therapy, the observed tumour control at or above the threshold, and the lesions
     * themselves ({@code points}, by dose) for the figure.
     */
    public record DoseResponse(
            int lesions, int disappeared, Logistic logistic, RateBlock atThreshold, List<DosePoint> points) {}

    /** One lesion of the dose-response: its unrounded dose at the first therapy, its threshold, and the outcome. */
    public record DosePoint(BigDecimal doseGy, BigDecimal thresholdGy, boolean disappeared) {}

    /**
     * {@code glm(disappeared ~ log10(D), family = binomial)}: intercept, slope per log10 Gy with its Wald p, and the
     * dose at which the fitted probability is 0.8 (null unless the slope is above 0). Every figure is null, with a
     * {@code note}, where the fit is undefined or meaningless (too few lesions, one outcome only, one dose only,
     * separation, no convergence).
     */
    public record Logistic(
            Double intercept,
            Double slopeLog10Gy,
            @JsonProperty("slope_p_value") Double slopePValue,
            Double d80Gy,
            String note) {}

    /** A first therapy off the protocol's activity: ABOVE_MTA or BELOW_RECOMMENDED, with the limit crossed. */
    public record Deviation(String patientId, String kind, BigDecimal administeredGbq, BigDecimal limitGbq) {}

    /** Paired change of each treated patient's highest SUVmax, POST - PRE: median and signed-rank p. */
    public record FdgChange(int n, Double medianChange, Double pValue) {}

    /** Spearman correlation of the post / pre 124I uptake ratio with the lesion dose (soft tissue, evaluable). */
    public record IodinePet(int lesions, Double spearmanRho, Double pValue) {}

    /** A treated patient's therapy cycles and the activity given over all of them. */
    public record CumulativeActivity(String patientId, int cycles, BigDecimal gbq) {}

    public record DosimetryRow(
            String patientId,
            BigDecimal mtaGbq,
            BigDecimal recommendedActivityGbq,
            BigDecimal lowestSoftTissueDoseGy,
            Boolean exitToStandardCare,
            Boolean iodineRefractory,
            Boolean radioresistant) {}
}
