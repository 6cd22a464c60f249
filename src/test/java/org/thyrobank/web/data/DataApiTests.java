package org.thyrobank.web.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
import org.thyrobank.clinical.Specimen;
import org.thyrobank.genomics.HotspotQueries;
import org.thyrobank.mirna.QpcrQueries;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.web.ServedCohort;
import org.thyrobank.web.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The data endpoints (patients, specimens, hotspot calls, qPCR wells, miRNA tests) on an imported synthetic cohort. */
class DataApiTests {

    private static final String PASSWORD = ServedCohort.PASSWORD;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path study;

    private static TestApplication app;
    private static TestHttp http;
    private static String tumour;
    private static String plasma;

    @BeforeAll
    static void serveAnImportedCohort() {
        app = ServedCohort.start(study);
        http = TestHttp.of(app);
        Map<String, Specimen> specimens = app.bean(ClinicalQueries.class).specimens();
        tumour = specimens.values().stream()
                .filter(s -> s.kind() == Specimen.Kind.TUMOUR_TISSUE)
                .map(Specimen::specimenId)
                .filter(id ->
                        !app.bean(HotspotQueries.class).callsOfSpecimen(id).isEmpty())
                .findFirst()
                .orElseThrow();
        plasma = specimens.values().stream()
                .filter(s -> s.kind().circulating())
                .map(Specimen::specimenId)
                .filter(id -> !app.bean(QpcrQueries.class).wellsOf(id).isEmpty())
                .findFirst()
                .orElseThrow();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void patientsCarryTheirOutcomesForResearchers() throws Exception {
        List<PatientOutcome> expected = app.bean(ClinicalQueries.class).patientOutcomes();
        JsonNode patients = get("/api/v1/patients", "researcher");
        assertThat(patients).hasSize(expected.size());
        PatientOutcome first = expected.get(0);
        assertThat(patients.get(0).get("patient_id").asString()).isEqualTo(first.patientId());
        assertThat(patients.get(0).get("centre").asString())
                .isEqualTo(first.centre().name());
        assertThat(patients.get(0).has("soft_tissue_cr")).isTrue();
        assertThat(patients.get(0).has("pfs_months")).isTrue();

        long milan =
                expected.stream().filter(p -> p.centre().name().equals("MILAN")).count();
        assertThat(get("/api/v1/patients?centre=MILAN", "boss")).hasSize((int) milan);
    }

    @Test
    void everyRoleSeesTheSpecimensWithoutCollectionDates() throws Exception {
        int count = app.bean(ClinicalQueries.class).specimens().size();
        for (String user : List.of("lab", "researcher", "boss")) {
            JsonNode specimens = get("/api/v1/specimens", user);
            assertThat(specimens).hasSize(count);
            assertThat(specimens.get(0).has("collected_on")).isFalse();
        }
        JsonNode plasmaRow = findSpecimen(get("/api/v1/specimens", "lab"), plasma);
        assertThat(plasmaRow.get("kind").asString()).isIn("PLASMA", "SERUM");
        assertThat(plasmaRow.get("timepoint").asString()).isIn("PRE", "POST");
    }

    @Test
    void theLabReadsTheCallsAndWellsOfASpecimen() throws Exception {
        JsonNode calls = get("/api/v1/specimens/" + tumour + "/hotspot-calls", "lab");
        assertThat(calls)
                .hasSize(app.bean(HotspotQueries.class).callsOfSpecimen(tumour).size());
        assertThat(calls.get(0).get("specimen_id").asString()).isEqualTo(tumour);
        assertThat(calls.get(0).get("status").asString()).isIn("MUTANT", "WILD_TYPE", "NO_CALL");

        JsonNode wells = get("/api/v1/qpcr-values?specimen=" + plasma, "lab");
        assertThat(wells).hasSize(app.bean(QpcrQueries.class).wellsOf(plasma).size());
        assertThat(wells.get(0).has("assay")).isTrue();
        assertThat(wells.get(0).has("plate_id")).isTrue();
        assertThat(get("/api/v1/qpcr-values?specimen=" + plasma, "researcher")).hasSize(wells.size());
    }

    @Test
    void theMirnaTestsAreTheReportsRows() throws Exception {
        Report report =
                app.bean(ReportService.class).report(ReportOptions.defaults()).orElseThrow();
        JsonNode tests = get("/api/v1/mirna-tests", "researcher");
        assertThat(tests).hasSize(report.mirna().size()).isNotEmpty();
        assertThat(tests.get(0).get("mirna").asString())
                .isEqualTo(report.mirna().get(0).mirna());
        assertThat(tests.get(0).get("test").asString())
                .isEqualTo(report.mirna().get(0).test());
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/patients", "/api/v1/mirna-tests"})
    void theLabNeverSeesOutcomes(String path) throws Exception {
        assertProblem(http.get(path, "lab", PASSWORD), 403);
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/patients",
        "/api/v1/specimens",
        "/api/v1/mirna-tests",
        "/api/v1/qpcr-values?specimen=X",
        "/api/v1/specimens/X/hotspot-calls"
    })
    void strangersMustSignIn(String path) throws Exception {
        assertProblem(http.get(path), 401);
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/specimens/NO-SUCH/hotspot-calls", "/api/v1/qpcr-values?specimen=NO-SUCH"})
    void anUnknownSpecimenIs404(String path) throws Exception {
        HttpResponse<String> response = http.get(path, "lab", PASSWORD);
        assertProblem(response, 404);
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("NO-SUCH");
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/qpcr-values,specimen",
        "/api/v1/qpcr-values?specimen=,specimen",
        "/api/v1/patients?centre=ROME,centre",
        "/api/v1/mirna-tests?normalisation=no-such-method,normalisation"
    })
    void aBadParameterIs400NamingIt(String path, String parameter) throws Exception {
        HttpResponse<String> response = http.get(path, "boss", PASSWORD);
        assertProblem(response, 400);
        assertThat(JSON.readTree(response.body()).get("parameter").asString()).isEqualTo(parameter);
    }

    @Test
    void theOpenApiDescriptionDocumentsTheDataEndpoints() throws Exception {
        TestHttp browser = TestHttp.of(app);
        browser.signIn("lab", PASSWORD);
        String docs = browser.get("/v3/api-docs").body();
        assertThat(docs)
                .contains(
                        "/api/v1/patients",
                        "/api/v1/specimens",
                        "/api/v1/specimens/{id}/hotspot-calls",
                        "/api/v1/qpcr-values",
                        "/api/v1/mirna-tests",
                        "Patients with their derived outcomes");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    private static JsonNode findSpecimen(JsonNode specimens, String id) {
        for (JsonNode s : specimens) {
            if (s.get("specimen_id").asString().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no specimen " + id);
    }

    private static JsonNode get(String path, String user) throws Exception {
        HttpResponse<String> response = http.get(path, user, PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
