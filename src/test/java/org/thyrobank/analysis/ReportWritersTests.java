package org.thyrobank.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thyrobank.clinical.DerivedClinical;
import org.thyrobank.mirna.normalisation.QcFlag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportWritersTests {

    private static Report report;
    private static JsonNode json;

    @BeforeAll
    static void buildTheFixtureReport() {
        report = ReportBuilder.build(FixtureCohort.input());
        json = JsonMapper.builder().build().readTree(ReportJson.write(report));
    }

    private static Set<String> names(JsonNode node) {
        return new TreeSet<>(node.propertyNames());
    }

    @Test
    void jsonHasTheContractsFieldNames() {
        assertThat(names(json)).contains("cohort", "primary_endpoint", "associations", "survival", "mirna");
        assertThat(names(json.get("cohort"))).containsExactlyInAnyOrder("patients", "evaluable");
        assertThat(names(json.get("primary_endpoint")))
                .contains("outcome", "evaluable", "responders", "rate", "ci95", "null_rate", "p_value");
        assertThat(names(json.get("associations").get(0)))
                .contains("factor", "outcome", "method", "table", "odds_ratio", "odds_ratio_ci95", "p_value");
        JsonNode overall = json.get("survival").get(0);
        assertThat(names(overall)).contains("endpoint", "group_by", "n", "events", "median_months", "median_ci95");
        assertThat(overall.get("group_by").isNull()).isTrue();
        JsonNode grouped = json.get("survival").get(1);
        assertThat(names(grouped))
                .contains("endpoint", "group_by", "groups", "logrank_p", "hazard_ratio", "hazard_ratio_ci95");
        assertThat(names(grouped.get("groups").get(0)))
                .contains("level", "n", "events", "median_months", "median_ci95");
        assertThat(names(json.get("mirna").get(0))).contains("mirna", "test", "n", "p_value", "q_value");
        assertThat(names(json.get("mirna").get(1))).contains("mirna", "test", "n", "median_ddcq", "p_value", "q_value");
    }

    @Test
    void jsonHasTheAnalysisPlansSectionsUnderTheirContractNames() {
        assertThat(names(json))
                .contains(
                        "populations",
                        "response_rates",
                        "follow_up",
                        "toxicity",
                        "dose_response",
                        "deviations",
                        "fdg_change",
                        "iodine_pet",
                        "cumulative_activity");
        assertThat(names(json.get("populations")))
                .contains("enrolled", "dosimetry", "exited", "treated", "evaluable", "left_out");
        assertThat(names(json.get("populations").get("left_out").get(0)))
                .containsExactlyInAnyOrder("patient_id", "step", "reason");
        Set<String> rateBlock = Set.of("n", "k", "rate", "ci95");
        JsonNode primary = json.get("primary_endpoint");
        assertThat(names(primary)).contains("sensitivity_all_treated", "by_centre", "centre_p_value");
        assertThat(names(primary.get("sensitivity_all_treated"))).containsExactlyInAnyOrderElementsOf(rateBlock);
        assertThat(names(primary.get("by_centre").get(0)))
                .containsAll(rateBlock)
                .contains("centre");
        assertThat(names(json.get("response_rates"))).containsExactlyInAnyOrder("best_response", "orr", "dcr");
        assertThat(names(json.get("response_rates").get("best_response")))
                .containsExactlyInAnyOrder("CR", "PR", "SD", "PD", "NE");
        assertThat(names(json.get("follow_up"))).contains("method", "median_months", "median_ci95");
        assertThat(json.get("associations"))
                .allSatisfy(a -> assertThat(names(a)).contains("q_value"));
        JsonNode toxicity = json.get("toxicity");
        assertThat(names(toxicity))
                .contains("treated", "related_any", "related_grade3plus", "acute_related", "terms", "lab_nadirs");
        assertThat(names(toxicity.get("terms").get(0)))
                .contains("term", "participants", "related_participants", "by_max_grade");
        assertThat(names(toxicity.get("terms").get(0).get("by_max_grade")))
                .containsExactlyInAnyOrder("1", "2", "3", "4", "5");
        JsonNode doseResponse = json.get("dose_response");
        assertThat(names(doseResponse)).contains("lesions", "disappeared", "logistic", "at_threshold");
        assertThat(names(doseResponse.get("logistic")))
                .contains("intercept", "slope_log10_gy", "slope_p_value", "d80_gy");
        assertThat(names(json.get("deviations").get(0)))
                .containsExactlyInAnyOrder("patient_id", "kind", "administered_gbq", "limit_gbq");
        assertThat(names(json.get("fdg_change"))).containsExactlyInAnyOrder("n", "median_change", "p_value");
        assertThat(names(json.get("iodine_pet"))).containsExactlyInAnyOrder("lesions", "spearman_rho", "p_value");
        assertThat(names(json.get("cumulative_activity").get(0)))
                .containsExactlyInAnyOrder("patient_id", "cycles", "gbq");
        assertThat(json.get("mirna"))
                .extracting(m -> m.get("test").asString())
                .contains(
                        "pre_by_IODINE_REFRACTORY",
                        "pre_by_RADIORESISTANT",
                        "pre_by_BRAF_V600E",
                        "pre_by_TERT_PROMOTER",
                        "change_cr_vs_noncr");
    }

    @Test
    void jsonWritesTheContractsValuesAndNullsForUndefinedFigures() {
        assertThat(json.get("primary_endpoint").get("outcome").asString()).isEqualTo("SOFT_TISSUE_CR");
        assertThat(json.get("primary_endpoint").get("rate").isNumber()).isTrue();
        assertThat(json.get("associations").get(0).get("method").asString()).isEqualTo("fisher_exact");
        assertThat(json.get("associations").get(0).get("table").get(0).get(0).isNumber())
                .isTrue();
        assertThat(json.get("survival"))
                .extracting(s ->
                        s.get("endpoint").asString() + "/" + s.get("group_by").asString(null))
                .containsExactly(
                        "PFS/null",
                        "PFS/BRAF_V600E",
                        "PFS/TERT_PROMOTER",
                        "OS/null",
                        "OS/BRAF_V600E",
                        "OS/TERT_PROMOTER");
        JsonNode osOverall = json.get("survival").get(3);
        assertThat(osOverall.get("median_months").isNull()).isTrue();
        assertThat(osOverall.get("median_ci95").get(1).isNull()).isTrue();
        assertThat(json.get("mirna"))
                .extracting(m -> m.get("test").asString())
                .containsOnly(
                        "pre_cr_vs_noncr",
                        "post_vs_pre",
                        "change_cr_vs_noncr",
                        "pre_by_IODINE_REFRACTORY",
                        "pre_by_RADIORESISTANT",
                        "pre_by_BRAF_V600E",
                        "pre_by_TERT_PROMOTER");
    }

    @Test
    void jsonListsTheDoseResponsePointsByDose() {
        JsonNode doseResponse = json.get("dose_response");
        JsonNode points = doseResponse.get("points");
        assertThat(points).hasSize(doseResponse.get("lesions").asInt());
        assertThat(names(points.get(0))).containsExactly("disappeared", "dose_gy", "threshold_gy");
        assertThat(points.valueStream()
                        .filter(p -> p.get("disappeared").asBoolean())
                        .count())
                .isEqualTo(doseResponse.get("disappeared").asInt());
        assertThat(points.valueStream()
                        .mapToDouble(p -> p.get("dose_gy").asDouble())
                        .toArray())
                .isSorted();
    }

    @Test
    void tsvIsOneFigurePerLineWithUniqueKeys() {
        List<String> lines = ReportTsv.write(report).lines().toList();
        assertThat(lines)
                .allSatisfy(line ->
                        assertThat(line.chars().filter(c -> c == '\t').count()).isEqualTo(1));
        List<String> keys = lines.stream()
                .map(line -> line.substring(0, line.indexOf('\t')))
                .toList();
        assertThat(keys)
                .doesNotHaveDuplicates()
                .contains(
                        "cohort.patients",
                        "primary_endpoint.p_value",
                        "associations.BRAF_V600E.SOFT_TISSUE_CR.p_value",
                        "associations.BRAF_V600E+TERT.RADIORESISTANT.table.true.false",
                        "survival.PFS.overall.median_months",
                        "survival.OS.TERT_PROMOTER.hazard_ratio_ci95.upper",
                        "survival.OS.TERT_PROMOTER.groups.MUTANT.events",
                        "mirna.hsa-miR-146b-5p.post_vs_pre.q_value",
                        "correlations.fdg_suvmax_vs_gy_per_gbq.rho",
                        "response_rates.best_response.CR",
                        "populations.left_out.P01.reason",
                        "primary_endpoint.by_centre.MILAN.ci95.lower",
                        "toxicity.terms.Nausea.by_max_grade.3",
                        "dose_response.logistic.d80_gy",
                        "cumulative_activity.P02.gbq",
                        "mirna.hsa-miR-146b-5p.pre_by_BRAF_V600E.n_true",
                        "dose_response.points.0.dose_gy",
                        "dose_response.points.44.disappeared");
    }

    @Test
    void tsvKeysOfTheContractSectionsDoNotDependOnTheData() {
        var tiny = TinyCohorts.input(
                List.of(TinyCohorts.patient("A", true, true), TinyCohorts.patient("B", true, false)),
                Map.of("A", TinyCohorts.braf("MUTANT"), "B", TinyCohorts.braf("WILD_TYPE")));
        assertThat(contractKeys(ReportTsv.write(ReportBuilder.build(tiny))))
                .isEqualTo(contractKeys(ReportTsv.write(report)));
    }

    private static Set<String> contractKeys(String tsv) {
        return tsv.lines()
                .map(line -> line.substring(0, line.indexOf('\t')))
                .filter(k -> k.matches("(cohort|primary_endpoint|associations|survival)\\..*") && !k.contains("curve"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void htmlIsSelfContainedWithCurvesAndAForestPlot() {
        String html = ReportHtml.write(report);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .doesNotContain("http")
                .doesNotContain("<script")
                .doesNotContain("src=")
                .doesNotContain("href=")
                .contains("<svg");
        assertThat(html.split("<svg", -1)).hasSize(1 + 1 + 1 + 1 + 4);
        assertThat(html).contains("Number at risk").contains("odds ratio (log scale)");
    }

    @Test
    void htmlEscapesEveryText() {
        var input = FixtureCohort.input();
        var flagged = new ReportInput(
                input.clinical(),
                input.bundle(),
                input.hotspotStatuses(),
                input.mirna(),
                List.of(new QcFlag("PL<1>", "S01PR", QcFlag.Issue.HAEMOLYSIS, "<script>alert('x')</script> & more")),
                input.normalisation(),
                false,
                0.2);
        String html = ReportHtml.write(ReportBuilder.build(flagged));
        assertThat(html)
                .doesNotContain("<script")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                .contains("PL&lt;1&gt;");
    }

    @Test
    void anEmptyCohortStillWritesEveryFormat() {
        var empty = new ReportInput(
                new DerivedClinical(List.of(), List.of(), List.of(), List.of(), List.of()),
                TinyCohorts.emptyBundle(),
                Map.of(),
                null,
                List.of(),
                null,
                false,
                0.2);
        Report report = ReportBuilder.build(empty);
        assertThat(ReportJson.write(report)).contains("\"patients\" : 0");
        assertThat(ReportTsv.write(report)).contains("cohort.patients\t0");
        assertThat(ReportHtml.write(report)).contains("<svg");
    }
}
