package org.thyrobank.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thyrobank.analysis.Report.Association;
import org.thyrobank.analysis.Report.GroupedSurvival;
import org.thyrobank.clinical.DerivedClinical;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.mirna.normalisation.Normalisation;
import org.thyrobank.mirna.normalisation.NormalisationMethod;
import org.thyrobank.mirna.normalisation.PlateCalibration;
import org.thyrobank.mirna.normalisation.QcFlag;

class ReportEdgeCasesTests {

    private static Association association(Report report, Factor factor, Outcome outcome) {
        return report.associations().stream()
                .filter(a -> a.factor().equals(factor.label()) && a.outcome().equals(outcome.name()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyPatientIsInTheTableOrCountedAsLeftOutOnce() {
        Report report = ReportBuilder.build(FixtureCohort.input());
        assertThat(report.associations())
                .hasSize(13)
                .allSatisfy(a -> assertThat(a.n()
                                + a.leftOut().values().stream()
                                        .mapToInt(Integer::intValue)
                                        .sum())
                        .isEqualTo(report.cohort().patients()));
    }

    @Test
    void leftOutCountsNotEvaluableFirstThenNoCallThenUndefinedOutcome() {
        List<PatientOutcome> patients = List.of(
                TinyCohorts.patient("A", true, true),
                TinyCohorts.patient("B", false, false),
                TinyCohorts.patient("C", true, false),
                TinyCohorts.withoutFdg("D"));
        Map<String, Map<String, String>> hotspots = Map.of(
                "A", TinyCohorts.braf("MUTANT"), "B", TinyCohorts.braf("NO_CALL"), "D", TinyCohorts.braf("WILD_TYPE"));
        Report report = ReportBuilder.build(TinyCohorts.input(patients, hotspots));

        Association cr = association(report, Factor.BRAF_V600E, Outcome.SOFT_TISSUE_CR);
        assertThat(cr.leftOut())
                .containsExactly(
                        Map.entry("not_evaluable", 1), Map.entry("no_call", 1), Map.entry("undefined_outcome", 0));
        assertThat(cr.table()).containsExactly(List.of(1, 0), List.of(0, 1));
        Association refractory = association(report, Factor.BRAF_V600E, Outcome.IODINE_REFRACTORY);
        assertThat(refractory.leftOut())
                .containsExactly(
                        Map.entry("not_evaluable", 0), Map.entry("no_call", 2), Map.entry("undefined_outcome", 1));
        assertThat(association(report, Factor.FDG_POSITIVE, Outcome.SOFT_TISSUE_CR)
                        .leftOut())
                .containsEntry("no_call", 1);
    }

    @Test
    void anInfiniteOddsRatioAndBoundAreUndefinedNotInfinite() {
        List<PatientOutcome> patients = new ArrayList<>();
        Map<String, Map<String, String>> hotspots = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            patients.add(TinyCohorts.patient("P" + i, true, i < 3));
            hotspots.put("P" + i, TinyCohorts.braf(i < 3 ? "MUTANT" : "WILD_TYPE"));
        }
        Association a = association(
                ReportBuilder.build(TinyCohorts.input(patients, hotspots)), Factor.BRAF_V600E, Outcome.SOFT_TISSUE_CR);

        assertThat(a.table()).containsExactly(List.of(3, 0), List.of(0, 3));
        assertThat(a.oddsRatio()).isNull();
        assertThat(a.oddsRatioCi95().get(0)).isPositive();
        assertThat(a.oddsRatioCi95().get(1)).isNull();
        assertThat(a.pValue()).isEqualTo(0.1, within(1e-12));
        assertThat(ReportJson.write(ReportBuilder.build(TinyCohorts.input(patients, hotspots))))
                .doesNotContain("Infinity")
                .doesNotContain("NaN");
    }

    @Test
    void withoutQpcrThereAreNoMirnaTestsAndOnlyTheLesionCorrelation() {
        Report report = ReportBuilder.build(TinyCohorts.input(List.of(TinyCohorts.patient("A", true, true)), Map.of()));
        assertThat(report.mirna()).isEmpty();
        assertThat(report.mirnaQc().normalisation()).isNull();
        assertThat(report.mirnaQc().testedMirnas()).isEmpty();
        assertThat(report.correlations()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo(Correlations.FLIP_FLOP);
            assertThat(c.n()).isZero();
            assertThat(c.rho()).isNull();
        });
    }

    @Test
    void aNormalisationWithoutValuesGivesNoMirnaTests() {
        var empty = new Normalisation(
                new NormalisationMethod.GlobalMean(),
                List.of(),
                new PlateCalibration("UniSp3", Map.of(), java.util.Set.of()),
                List.of(),
                List.of());
        var clinical = new DerivedClinical(
                List.of(TinyCohorts.patient("A", true, true)), List.of(), List.of(), List.of(), List.of());
        Report report = ReportBuilder.build(new ReportInput(
                clinical, TinyCohorts.emptyBundle(), Map.of(), empty, List.of(), "global-mean", true, 0.2));
        assertThat(report.mirna()).isEmpty();
        assertThat(report.mirnaQc().normalisation()).isEqualTo("global-mean");
        assertThat(report.mirnaQc().flaggedExcluded()).isTrue();
    }

    @Test
    void noEvaluablePatientLeavesThePrimaryEndpointUndefined() {
        Report report =
                ReportBuilder.build(TinyCohorts.input(List.of(TinyCohorts.patient("A", false, false)), Map.of()));
        assertThat(report.primaryEndpoint().rate()).isNull();
        assertThat(report.primaryEndpoint().pValue()).isNull();
        assertThat(report.primaryEndpoint().ci95()).containsExactly(null, null);
        assertThat(report.primaryEndpoint().leftOut()).containsEntry("not_evaluable", 1);
    }

    @Test
    void survivalByAFactorWithOneEmptyGroupHasNoLogRankOrHazardRatio() {
        List<PatientOutcome> patients = List.of(
                TinyCohorts.patient("A", true, true),
                TinyCohorts.patient("B", true, false),
                TinyCohorts.patient("C", true, false));
        Map<String, Map<String, String>> hotspots = Map.of(
                "A",
                TinyCohorts.braf("WILD_TYPE"),
                "B",
                TinyCohorts.braf("WILD_TYPE"),
                "C",
                TinyCohorts.braf("NO_CALL"));
        GroupedSurvival byBraf = ReportBuilder.build(TinyCohorts.input(patients, hotspots)).survival().stream()
                .filter(s -> s instanceof GroupedSurvival g && g.groupBy().equals("BRAF_V600E"))
                .map(GroupedSurvival.class::cast)
                .findFirst()
                .orElseThrow();

        assertThat(byBraf.groups()).extracting(Report.SurvivalGroup::n).containsExactly(0, 2);
        assertThat(byBraf.logrankP()).isNull();
        assertThat(byBraf.hazardRatio()).isNull();
        assertThat(byBraf.hazardRatioNote()).isNotBlank();
        assertThat(byBraf.leftOut()).containsEntry("no_call", 1);
    }

    @Test
    void everyEventAtOneTimeGivesNoLogRankPWhereRStopsOnASingularVariance() {
        List<PatientOutcome> patients =
                List.of(TinyCohorts.patient("A", true, true), TinyCohorts.patient("B", true, false));
        Map<String, Map<String, String>> hotspots =
                Map.of("A", TinyCohorts.braf("MUTANT"), "B", TinyCohorts.braf("WILD_TYPE"));
        GroupedSurvival byBraf = (GroupedSurvival) ReportBuilder.build(TinyCohorts.input(patients, hotspots))
                .survival()
                .get(1);
        assertThat(byBraf.groupBy()).isEqualTo("BRAF_V600E");
        assertThat(byBraf.groups()).extracting(Report.SurvivalGroup::events).containsExactly(1, 1);
        assertThat(byBraf.logrankP()).isNull();
        // R: summary(coxph(Surv(c(12, 12), c(1, 1)) ~ c(1, 0)))$conf.int -> 1, 0.06254884, 15.98751 (Efron ties)
        assertThat(byBraf.hazardRatio()).isCloseTo(1, within(1e-9));
        assertThat(byBraf.hazardRatioCi95().get(0)).isCloseTo(0.06254884, within(0.06254884 * 1e-4));
        assertThat(byBraf.hazardRatioCi95().get(1)).isCloseTo(15.98751, within(15.98751 * 1e-4));
    }

    @Test
    void everyMirnaRowCountsTheFlaggedSpecimensItUsed() {
        var input = FixtureCohort.input();
        // P03 is evaluable, sequenced and in the dosimetry population: every test uses both of its specimens
        var flags = List.of(
                new QcFlag("PL01", "S03PR", QcFlag.Issue.HAEMOLYSIS, "23a - 451a = 7.4"),
                new QcFlag("PL02", "S03PO", QcFlag.Issue.SPIKE_IN_OUT_OF_RANGE, "UniSp6"));
        Report report = ReportBuilder.build(new ReportInput(
                input.clinical(),
                input.bundle(),
                input.hotspotStatuses(),
                input.mirna(),
                flags,
                input.normalisation(),
                false,
                0.2));

        assertThat(report.mirna())
                .filteredOn(t -> t.test().equals("pre_cr_vs_noncr"))
                .allSatisfy(t -> assertThat(((Report.MirnaGroupComparison) t).flaggedSpecimens())
                        .isEqualTo(1));
        assertThat(report.mirna())
                .filteredOn(t -> t.test().equals("change_cr_vs_noncr"))
                .allSatisfy(t -> assertThat(((Report.MirnaGroupComparison) t).flaggedSpecimens())
                        .isEqualTo(2));
        assertThat(report.mirna())
                .filteredOn(t -> t instanceof Report.MirnaFactorComparison)
                .hasSize(12)
                .allSatisfy(t -> assertThat(((Report.MirnaFactorComparison) t).flaggedSpecimens())
                        .isEqualTo(1));
        assertThat(report.mirna())
                .filteredOn(t -> t instanceof Report.MirnaPairedComparison)
                .allSatisfy(t -> assertThat(((Report.MirnaPairedComparison) t).flaggedSpecimens())
                        .isEqualTo(2));
        assertThat(report.mirnaQc().flags())
                .extracting(Report.QcFlagRow::issue)
                .containsExactly("HAEMOLYSIS", "SPIKE_IN_OUT_OF_RANGE");
    }
}
