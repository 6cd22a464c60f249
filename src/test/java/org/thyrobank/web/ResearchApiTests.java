package org.thyrobank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thyrobank.analysis.Report;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.platform.database.TestApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The researchers' queries: associations and survival, on an imported synthetic cohort. */
class ResearchApiTests {

    private static final String PASSWORD = ServedCohort.PASSWORD;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path study;

    private static TestApplication app;
    private static TestHttp http;
    /** With every call: nobody signed the cohort's runs out. */
    private static Report report;

    @BeforeAll
    static void serveAnImportedCohort() {
        app = ServedCohort.start(study);
        http = TestHttp.of(app);
        report = app.bean(ReportService.class)
                .report(ReportOptions.defaults().withIncludePreliminary(true))
                .orElseThrow();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest
    @CsvSource({
        "BRAF_V600E,SOFT_TISSUE_CR",
        "TERT_PROMOTER,IODINE_REFRACTORY",
        "BRAF_V600E%2BTERT,RADIORESISTANT",
        "FDG_POSITIVE,SOFT_TISSUE_CR"
    })
    void theFullCohortGivesTheReportsFigures(String factor, String outcome) throws Exception {
        JsonNode answer = get(
                "/api/v1/associations?factor=" + factor + "&outcome=" + outcome + "&includePreliminary=true",
                "researcher");
        Report.Association expected = report.associations().stream()
                .filter(a -> a.factor().equals(answer.get("factor").asString())
                        && a.outcome().equals(outcome))
                .findFirst()
                .orElseThrow();
        assertThat(table(answer.get("table"))).isEqualTo(expected.table());
        assertThat(answer.get("n").asInt()).isEqualTo(expected.n());
        assertThat(answer.get("p_value").asDouble()).isEqualTo(expected.pValue());
        if (expected.oddsRatio() != null) {
            assertThat(answer.get("odds_ratio").asDouble()).isEqualTo(expected.oddsRatio());
        }
        expected.leftOut().forEach((reason, count) -> {
            assertThat(answer.get("left_out").get(reason).asInt()).isEqualTo(count);
            assertThat(answer.get("left_out_patients").get(reason)).hasSize(count);
        });
        List<List<Integer>> cellSizes = new ArrayList<>();
        answer.get("cell_patients").forEach(row -> {
            List<Integer> sizes = new ArrayList<>();
            row.forEach(cell -> sizes.add(cell.size()));
            cellSizes.add(sizes);
        });
        assertThat(cellSizes).isEqualTo(expected.table());
    }

    @Test
    void byDefaultAQueryLeavesOutPatientsWithPreliminaryCallsOnlyAsTheReportDoes() throws Exception {
        Report signedOutOnly =
                app.bean(ReportService.class).report(ReportOptions.defaults()).orElseThrow();
        assertThat(signedOutOnly.hotspotCalls().signedOutOnly()).isTrue();
        assertThat(signedOutOnly.hotspotCalls().patientsLeftOutCount()).isPositive();
        JsonNode answer = get("/api/v1/associations?factor=BRAF_V600E&outcome=SOFT_TISSUE_CR", "researcher");
        Report.Association expected = signedOutOnly.associations().stream()
                .filter(a -> a.factor().equals("BRAF_V600E") && a.outcome().equals("SOFT_TISSUE_CR"))
                .findFirst()
                .orElseThrow();
        assertThat(expected.leftOut().get("preliminary_call")).isPositive();
        assertThat(answer.get("n").asInt()).isEqualTo(expected.n()).isZero();
        expected.leftOut()
                .forEach((reason, count) -> assertThat(
                                answer.get("left_out").get(reason).asInt())
                        .as(reason)
                        .isEqualTo(count));
        JsonNode withEveryCall = get(
                "/api/v1/associations?factor=BRAF_V600E&outcome=SOFT_TISSUE_CR&includePreliminary=true", "researcher");
        assertThat(withEveryCall.get("n").asInt()).isPositive();
        assertThat(withEveryCall.get("left_out").has("preliminary_call")).isFalse();

        JsonNode survival = get("/api/v1/survival?endpoint=OS&factor=TERT_PROMOTER", "researcher");
        assertThat(survival.get("groups").get(0).get("n").asInt()).isZero();
        assertThat(survival.get("left_out").get("preliminary_call").asInt()).isPositive();
        assertThat(osByTert(signedOutOnly).leftOut())
                .containsEntry(
                        "preliminary_call",
                        survival.get("left_out").get("preliminary_call").asInt());
    }

    @Test
    void aSubgroupCountsOnlyItsPatients() throws Exception {
        JsonNode answer = get("/api/v1/associations?factor=BRAF_V600E&outcome=IODINE_REFRACTORY&centre=negrar", "boss");
        List<PatientOutcome> patients = app.bean(ClinicalQueries.class).patientOutcomes();
        List<String> negrar = patients.stream()
                .filter(p -> p.centre().name().equals("NEGRAR"))
                .map(PatientOutcome::patientId)
                .toList();
        assertThat(answer.get("subgroup").get("centre").asString()).isEqualTo("NEGRAR");
        assertThat(answer.get("patients_in_subgroup").asInt())
                .isEqualTo(negrar.size())
                .isLessThan(patients.size());
        List<String> everyone = new ArrayList<>();
        answer.get("cell_patients")
                .forEach(row -> row.forEach(cell -> cell.forEach(id -> everyone.add(id.asString()))));
        answer.get("left_out_patients").forEach(ids -> ids.forEach(id -> everyone.add(id.asString())));
        assertThat(everyone).containsExactlyInAnyOrderElementsOf(negrar);
    }

    @Test
    void aCatalogueHotspotIsMutantAgainstWildType() throws Exception {
        JsonNode answer =
                get("/api/v1/associations?factor=NRAS_Q61R&outcome=SOFT_TISSUE_CR&histology=PAPILLARY", "researcher");
        assertThat(answer.get("levels").toString()).isEqualTo("[\"MUTANT\",\"WILD_TYPE\"]");
        assertThat(answer.get("subgroup").get("histology").asString()).isEqualTo("PAPILLARY");
    }

    @Test
    void aCombinationSpelledOutGivesTheNamedCombinationsTableAndAnyOfIsAsked() throws Exception {
        JsonNode named = get("/api/v1/associations?factor=BRAF_V600E%2BTERT&outcome=RADIORESISTANT", "researcher");
        JsonNode spelled =
                get("/api/v1/associations?factor=BRAF_V600E%2BTERT_PROMOTER&outcome=RADIORESISTANT", "researcher");
        JsonNode unencoded =
                get("/api/v1/associations?factor=BRAF_V600E+TERT_PROMOTER&outcome=RADIORESISTANT", "researcher");
        assertThat(spelled.get("factor").asString()).isEqualTo("BRAF_V600E+TERT_PROMOTER");
        assertThat(spelled.get("table")).isEqualTo(named.get("table")).isEqualTo(unencoded.get("table"));
        assertThat(spelled.get("p_value")).isEqualTo(named.get("p_value"));

        JsonNode any = get(
                "/api/v1/associations?factor=BRAF_V600E%7CTERT_PROMOTER&outcome=RADIORESISTANT"
                        + "&includePreliminary=true",
                "researcher");
        JsonNode braf = get(
                "/api/v1/associations?factor=BRAF_V600E&outcome=RADIORESISTANT&includePreliminary=true", "researcher");
        assertThat(any.get("levels").toString()).isEqualTo("[\"true\",\"false\"]");
        // every BRAF-mutant patient is in the any-of's present row, so it holds at least as many
        int presentAny = any.get("table").get(0).get(0).asInt()
                + any.get("table").get(0).get(1).asInt();
        int presentBraf = braf.get("table").get(0).get(0).asInt()
                + braf.get("table").get(0).get(1).asInt();
        assertThat(presentAny).isGreaterThanOrEqualTo(presentBraf).isPositive();
        JsonNode survival = get("/api/v1/survival?endpoint=OS&factor=BRAF_V600E%7CTERT_PROMOTER", "researcher");
        assertThat(survival.toString()).contains("BRAF_V600E|TERT_PROMOTER");
    }

    @ParameterizedTest
    @CsvSource({
        "factor=NRAS_Q99X&outcome=SOFT_TISSUE_CR,factor",
        "outcome=SOFT_TISSUE_CR,factor",
        "factor=BRAF_V600E%2BNRAS_Q99X&outcome=SOFT_TISSUE_CR,factor",
        "factor=BRAF_V600E%2BTERT_PROMOTER%7CFDG_POSITIVE&outcome=SOFT_TISSUE_CR,factor",
        "factor=BRAF_V600E&outcome=CURED,outcome",
        "factor=BRAF_V600E,outcome",
        "factor=BRAF_V600E&outcome=SOFT_TISSUE_CR&centre=ROME,centre",
        "factor=BRAF_V600E&outcome=SOFT_TISSUE_CR&histology=ANAPLASTIC,histology"
    })
    void aBadParameterIs400ProblemNamingIt(String query, String parameter) throws Exception {
        HttpResponse<String> response = http.get("/api/v1/associations?" + query, "researcher", PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("parameter").asString()).isEqualTo(parameter);
    }

    @Test
    void theLabMayNotAskAndStrangersMustSignIn() throws Exception {
        assertThat(http.get("/api/v1/associations?factor=BRAF_V600E&outcome=SOFT_TISSUE_CR", "lab", PASSWORD)
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/associations?factor=BRAF_V600E&outcome=SOFT_TISSUE_CR")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void survivalByAReportFactorIsTheReportsAnalysis() throws Exception {
        JsonNode answer =
                get("/api/v1/survival?endpoint=OS&factor=TERT_PROMOTER&includePreliminary=true", "researcher");
        Report.GroupedSurvival expected = osByTert(report);
        assertThat(answer.get("logrank_p").asDouble()).isEqualTo(expected.logrankP());
        assertThat(answer.get("hazard_ratio").asDouble()).isEqualTo(expected.hazardRatio());
        assertThat(answer.get("groups").get(0).get("level").asString()).isEqualTo("MUTANT");
        assertThat(answer.get("groups").get(0).get("n").asInt())
                .isEqualTo(expected.groups().get(0).n());
        assertThat(answer.get("groups").get(1).get("curve"))
                .hasSize(expected.groups().get(1).curve().size());

        JsonNode hotspot = get("/api/v1/survival?endpoint=PFS&factor=NRAS_Q61R", "boss");
        assertThat(hotspot.get("group_by").asString()).isEqualTo("NRAS_Q61R");

        HttpResponse<String> bad =
                http.get("/api/v1/survival?endpoint=DFS&factor=TERT_PROMOTER", "researcher", PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("parameter").asString()).isEqualTo("endpoint");
        assertThat(http.get("/api/v1/survival?endpoint=OS&factor=TERT_PROMOTER", "lab", PASSWORD)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theOpenApiDescriptionDocumentsTheQueryWithExamples() throws Exception {
        TestHttp browser = TestHttp.of(app);
        browser.signIn("researcher", PASSWORD);
        String docs = browser.get("/v3/api-docs").body();
        assertThat(docs)
                .contains(
                        "/api/v1/associations",
                        "/api/v1/survival",
                        "One factor against one outcome",
                        "\"example\":\"TERT_PROMOTER\"");
    }

    @Test
    void theResearchPagesTablesAreJsonToo() throws Exception {
        TestHttp browser = TestHttp.of(app);
        browser.signIn("researcher", PASSWORD);
        String filters = "histology=PAPILLARY&braf=MUTANT";
        List<String> pageIds = browser.get("/research/cohort.csv?" + filters)
                .body()
                .lines()
                .skip(1)
                .map(line -> line.split(",", -1)[0])
                .toList();
        JsonNode cohort = get("/api/v1/cohort?" + filters, "researcher");
        assertThat(cohort.findValuesAsString("patient_id")).isEqualTo(pageIds).isNotEmpty();
        assertThat(cohort).allSatisfy(row -> {
            assertThat(row.get("histology").asString()).isEqualTo("PAPILLARY");
            assertThat(row.get("braf_v600e").asString()).isEqualTo("MUTANT");
        });

        List<String> doseLines =
                browser.get("/research/dosimetry.csv").body().lines().skip(1).toList();
        JsonNode doses = get("/api/v1/lesion-doses", "researcher");
        assertThat(doses.size()).isEqualTo(doseLines.size()).isPositive();
        String patient = doses.get(0).get("patient_id").asString();
        JsonNode own = get("/api/v1/lesion-doses?patient=" + patient, "researcher");
        assertThat(own.findValuesAsString("patient_id")).isNotEmpty().containsOnly(patient);
        assertThat(own.size())
                .isEqualTo(doseLines.stream()
                        .filter(l -> l.startsWith(patient + ","))
                        .count());
        assertThat(http.get("/api/v1/lesion-doses?patient=XX-999", "researcher", PASSWORD)
                        .statusCode())
                .isEqualTo(404);

        JsonNode report = get("/api/v1/report", "researcher");
        assertThat(get("/api/v1/mirna-qc", "researcher")).isEqualTo(report.get("mirna_qc"));

        for (String path : List.of("/api/v1/cohort", "/api/v1/lesion-doses", "/api/v1/mirna-qc")) {
            assertThat(http.get(path, "lab", PASSWORD).statusCode()).as(path).isEqualTo(403);
            assertThat(http.get(path).statusCode()).as(path).isEqualTo(401);
        }
        HttpResponse<String> bad = http.get("/api/v1/cohort?best_response=VGPR", "researcher", PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("parameter").asString()).isEqualTo("best_response");
    }

    private static JsonNode get(String path, String user) throws Exception {
        HttpResponse<String> response = http.get(path, user, PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<List<Integer>> table(JsonNode node) {
        List<List<Integer>> rows = new ArrayList<>();
        node.forEach(row -> rows.add(List.of(row.get(0).asInt(), row.get(1).asInt())));
        return rows;
    }

    private static Report.GroupedSurvival osByTert(Report report) {
        return report.survival().stream()
                .filter(s -> s instanceof Report.GroupedSurvival g
                        && g.endpoint().equals("OS")
                        && g.groupBy().equals("TERT_PROMOTER"))
                .map(Report.GroupedSurvival.class::cast)
                .findFirst()
                .orElseThrow();
    }
}
