package org.thyrobank.web.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thyrobank.demo.SyntheticCohort;
import org.thyrobank.genomics.HotspotQueries;
import org.thyrobank.genomics.vcf.HotspotCatalogue;
import org.thyrobank.platform.audit.AuditLog;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.ImportProgress;
import org.thyrobank.platform.importing.StudyImport;
import org.thyrobank.platform.users.Role;
import org.thyrobank.platform.users.Users;
import org.thyrobank.web.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run API on an imported synthetic cohort: run R01 imported by the lab member {@code bench}, the others from
 * the command line. Four eyes: {@code bench} cannot sign out what it imported, {@code second} can.
 */
class RunsApiTests {

    private static final String PASSWORD = "a long enough run password";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static TestApplication app;
    private static TestHttp http;
    private static Path bundle;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void serveAnImportedCohort() throws IOException {
        app = TestApplication.start(
                TestDatabases.embeddedServer(), WebApplicationType.SERVLET, Map.of("server.port", 0));
        Users users = app.bean(Users.class);
        users.add("bench", Role.LAB, PASSWORD);
        users.add("second", Role.LAB, PASSWORD);
        users.add("reader", Role.RESEARCHER, PASSWORD);
        users.add("boss", Role.ADMIN, PASSWORD);
        http = TestHttp.of(app);
        jdbc = app.bean(JdbcTemplate.class);
        bundle = Files.createTempDirectory("thyrobank-runs-bundle");
        SyntheticCohort.write(bundle, 11);
        Path byTheLab = Files.createTempDirectory("thyrobank-runs-lab");
        Path byTheCli = Files.createTempDirectory("thyrobank-runs-cli");
        copy(bundle.resolve("clinical"), byTheCli.resolve("clinical"));
        try (Stream<Path> runs = Files.list(bundle.resolve("sequencing"))) {
            for (Path run : runs.toList()) {
                String name = run.getFileName().toString();
                Path into = name.equals("R01") ? byTheLab : byTheCli;
                copy(run, into.resolve("sequencing").resolve(name));
            }
        }
        StudyImport imports = app.bean(StudyImport.class);
        assertThat(imports.importStudy(byTheCli)).noneMatch(o -> o.outcome() == FileOutcome.Outcome.REJECTED);
        assertThat(imports.importStudy(byTheLab, "upload-1", "bench", ImportProgress.NONE))
                .noneMatch(o -> o.outcome() == FileOutcome.Outcome.REJECTED);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theRunListCountsEachRunsSpecimensAndCallsByStatusAndEveryRunStartsPreliminary() throws Exception {
        JsonNode runs = get("/api/v1/runs", "bench");
        List<String> ids = new ArrayList<>();
        runs.forEach(r -> ids.add(r.get("run_id").asString()));
        assertThat(ids).contains("R01", "R02").isSorted();
        int catalogue = HotspotCatalogue.load().hotspots().size();
        for (JsonNode run : runs) {
            String id = run.get("run_id").asString();
            Map<String, Object> counted = jdbc.queryForMap(
                    "SELECT COUNT(DISTINCT f.specimen_id) specimens, COUNT(DISTINCT f.source_file) files,"
                            + " SUM(c.status = 'MUTANT') mutant, SUM(c.status = 'NO_CALL') no_call"
                            + " FROM sequencing_file f JOIN hotspot_call c ON c.source_file = f.source_file"
                            + " WHERE f.run_id = ?",
                    id);
            assertThat(run.get("specimens").asLong()).as(id).isEqualTo(((Number) counted.get("specimens")).longValue());
            assertThat(run.get("files").asLong()).as(id).isEqualTo(((Number) counted.get("files")).longValue());
            assertThat(run.get("mutant").asLong()).as(id).isEqualTo(((Number) counted.get("mutant")).longValue());
            assertThat(run.get("no_call").asLong()).as(id).isEqualTo(((Number) counted.get("no_call")).longValue());
            assertThat(run.get("mutant").asLong()
                            + run.get("wild_type").asLong()
                            + run.get("no_call").asLong())
                    .as("every catalogue hotspot called once per VCF")
                    .isEqualTo(run.get("files").asLong() * catalogue);
            assertThat(run.get("state").asString()).isEqualTo("PRELIMINARY");
        }
        assertThat(runs.toString()).contains("\"mutant\"");
    }

    @Test
    void aRunShowsEveryHotspotOfEverySpecimenWithItsEvidenceAndWhoImportedIt() throws Exception {
        JsonNode run = get("/api/v1/runs/R01", "bench");
        int catalogue = HotspotCatalogue.load().hotspots().size();
        assertThat(run.get("files"))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.get("imported_by").asString()).isEqualTo("bench"));
        assertThat(run.get("specimens"))
                .hasSameSizeAs(run.get("files"))
                .allSatisfy(s -> assertThat(s.get("calls")).hasSize(catalogue));
        assertThat(run.get("thresholds")).singleElement().satisfies(t -> {
            assertThat(t.get("min_depth").asInt()).isPositive();
            assertThat(t.get("in_reference").asBoolean()).isTrue();
        });
        List<JsonNode> calls = new ArrayList<>();
        run.get("specimens").forEach(s -> s.get("calls").forEach(calls::add));
        assertThat(calls)
                .filteredOn(c -> c.get("status").asString().equals("MUTANT"))
                .isNotEmpty()
                .allSatisfy(c -> {
                    assertThat(c.get("evidence")).as(c.toString()).isNotEmpty();
                    assertThat(c.get("evidence").get(0).get("caller").isNull()).isFalse();
                    assertThat(c.get("depth").asInt()).isPositive();
                    assertThat(c.get("vaf").asDouble()).isBetween(0.0, 1.0);
                });
        assertThat(calls)
                .filteredOn(c -> c.get("status").asString().equals("NO_CALL"))
                .allSatisfy(c -> assertThat(c.get("reason").asString()).isNotBlank());

        JsonNode byCli = get("/api/v1/runs/R02", "bench");
        assertThat(byCli.get("files"))
                .allSatisfy(f -> assertThat(f.get("imported_by").asString()).isEqualTo(AuditLog.commandLine()));
    }

    @Test
    void theVcfLinesBehindAMutantCallAreTheStoredRecordsAtItsLocusNumberedAsInTheFile() throws Exception {
        JsonNode run = get("/api/v1/runs/R01", "bench");
        JsonNode mutantSpecimen = null;
        JsonNode mutantCall = null;
        for (JsonNode s : run.get("specimens")) {
            for (JsonNode c : s.get("calls")) {
                if (mutantCall == null && c.get("status").asString().equals("MUTANT")) {
                    mutantSpecimen = s;
                    mutantCall = c;
                }
            }
        }
        assertThat(mutantCall)
                .as("R01 of the synthetic cohort holds a MUTANT call")
                .isNotNull();
        String specimen = mutantSpecimen.get("specimen_id").asString();
        JsonNode lines = get(
                "/api/v1/runs/R01/calls/" + specimen + "/"
                        + mutantCall.get("hotspot").asString() + "/vcf-lines",
                "bench");
        assertThat(lines.get("source_file").asString())
                .isEqualTo(mutantSpecimen.get("source_file").asString());
        List<String> file =
                Files.readAllLines(bundle.resolve(lines.get("source_file").asString()));
        String pos = String.valueOf(mutantCall.get("evidence").get(0).get("pos").asLong());
        assertThat(lines.get("lines")).isNotEmpty().allSatisfy(line -> {
            int number = line.get("number").asInt();
            assertThat(file.get(number - 1)).isEqualTo(line.get("text").asString());
            assertThat(line.get("text").asString().split("\t")[1]).isEqualTo(pos);
        });
        assertThat(http.get("/api/v1/runs/R01/calls/" + specimen + "/NO_SUCH_HOTSPOT/vcf-lines", "bench", PASSWORD)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theImporterCannotSignOutTheRunASecondLabMemberCanOnceAndTheWithdrawalMakesItPreliminaryAgain()
            throws Exception {
        int before = signOutRows("R01");
        HttpResponse<String> own = send("POST", "/api/v1/runs/R01/sign-out", "bench");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(409);
        assertThat(own.body()).contains("bench imported", "second lab member");
        assertThat(signOutRows("R01")).isEqualTo(before);

        assertThat(send("POST", "/api/v1/runs/R01/sign-out", "reader").statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/api/v1/runs/R01/sign-out", "boss").statusCode())
                .isEqualTo(403);
        HttpResponse<String> foreign = http.send(http.request("/api/v1/runs/R01/sign-out")
                .header("Authorization", TestHttp.basic("second", PASSWORD))
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(signOutRows("R01")).isEqualTo(before);

        HttpResponse<String> signed = send("POST", "/api/v1/runs/R01/sign-out", "second");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(JSON.readTree(signed.body()).get("signed_out_by").asString()).isEqualTo("second");
        assertThat(get("/api/v1/runs/R01", "bench").get("state").asString()).isEqualTo("SIGNED_OUT");
        assertThat(audited("RUN_SIGNED_OUT", "second")).contains("run R01");

        HttpResponse<String> twice = send("POST", "/api/v1/runs/R01/sign-out", "second");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("signed out already by second");

        HttpResponse<String> withdrawn = http.send(http.request("/api/v1/runs/R01/sign-out")
                .header("Authorization", TestHttp.basic("bench", PASSWORD))
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"reason\": \"sample swap suspected\"}")));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        JsonNode after = JSON.readTree(withdrawn.body());
        assertThat(after.get("state").asString()).isEqualTo("PRELIMINARY");
        assertThat(after.get("sign_outs")).singleElement().satisfies(h -> {
            assertThat(h.get("signed_out_by").asString()).isEqualTo("second");
            assertThat(h.get("withdrawn_by").asString()).isEqualTo("bench");
            assertThat(h.get("withdrawn_reason").asString()).isEqualTo("sample swap suspected");
        });
        assertThat(audited("RUN_SIGN_OUT_WITHDRAWN", "bench")).contains("run R01: sample swap suspected");
        assertThat(send("DELETE", "/api/v1/runs/R01/sign-out", "bench").statusCode())
                .isEqualTo(409);

        // the history is kept: a new sign-out is a new row
        assertThat(send("POST", "/api/v1/runs/R01/sign-out", "second").statusCode())
                .isEqualTo(200);
        assertThat(signOutRows("R01")).isEqualTo(before + 2);
        assertThat(send("DELETE", "/api/v1/runs/R01/sign-out", "second").statusCode())
                .isEqualTo(200);
    }

    @Test
    void anUnknownRunIs404ForEveryRequestAndTheResearcherMayNotReadRuns() throws Exception {
        assertThat(http.get("/api/v1/runs/NO_RUN", "bench", PASSWORD).statusCode())
                .isEqualTo(404);
        assertThat(send("POST", "/api/v1/runs/NO_RUN/sign-out", "second").statusCode())
                .isEqualTo(404);
        assertThat(send("DELETE", "/api/v1/runs/NO_RUN/sign-out", "second").statusCode())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/runs", "reader", PASSWORD).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/runs").statusCode()).isEqualTo(401);
    }

    @Test
    void aVcfOfASignedOutRunImportedAgainWithOtherContentResetsTheSignOut() throws Exception {
        // run R02 again as run R02X, imported by bench, signed out by second, then a VCF of it changed
        Path again = Files.createTempDirectory("thyrobank-runs-again");
        copy(bundle.resolve("sequencing/R02"), again.resolve("sequencing/R02X"));
        StudyImport imports = app.bean(StudyImport.class);
        assertThat(imports.importStudy(again, "upload-2", "bench", ImportProgress.NONE))
                .noneMatch(o -> o.outcome() == FileOutcome.Outcome.REJECTED);
        assertThat(send("POST", "/api/v1/runs/R02X/sign-out", "second").statusCode())
                .isEqualTo(200);
        Path vcf;
        try (Stream<Path> files = Files.list(again.resolve("sequencing/R02X"))) {
            vcf = files.filter(f -> f.toString().endsWith(".vcf"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(vcf));
        lines.add(1, "##thyrobank_test=a header line that changes the file");
        Files.write(vcf, lines);

        List<FileOutcome> outcomes = imports.importStudy(again, "upload-3", "bench", ImportProgress.NONE);
        assertThat(outcomes)
                .filteredOn(o -> o.relativePath().endsWith(vcf.getFileName().toString()))
                .singleElement()
                .satisfies(o -> assertThat(o.outcome()).isEqualTo(FileOutcome.Outcome.REPLACED));
        JsonNode run = get("/api/v1/runs/R02X", "bench");
        assertThat(run.get("state").asString()).isEqualTo("PRELIMINARY");
        assertThat(run.get("sign_outs")).singleElement().satisfies(h -> {
            assertThat(h.get("withdrawn_by").asString()).isEqualTo("bench");
            assertThat(h.get("withdrawn_reason").asString())
                    .isEqualTo("reset: calls of re-imported sequencing/R02X/" + vcf.getFileName());
        });
        assertThat(audited("RUN_SIGN_OUT_RESET", "bench")).contains("run R02X");
    }

    @Test
    void onlyTheCallsOfSignedOutRunsMakeSignedOutPatientStatusesAndThePreliminaryOnesAreCounted() throws Exception {
        HotspotQueries queries = app.bean(HotspotQueries.class);
        Map<String, Map<String, String>> all = queries.patientStatuses();
        int tumourCalls = jdbc.queryForObject(
                "SELECT COUNT(*) FROM hotspot_call c JOIN specimen s ON s.specimen_id = c.specimen_id"
                        + " WHERE s.kind = 'TUMOUR_TISSUE'",
                Integer.class);
        HotspotQueries.SignedOutStatuses none = queries.signedOutPatientStatuses();
        assertThat(none.statuses()).as("no run is signed out").isEmpty();
        assertThat(none.patientsLeftOut()).isEqualTo(all.size());
        assertThat(none.callsLeftOut()).isEqualTo(tumourCalls);

        assertThat(send("POST", "/api/v1/runs/R02/sign-out", "second").statusCode())
                .isEqualTo(200);
        try {
            HotspotQueries.SignedOutStatuses r02 = queries.signedOutPatientStatuses();
            List<String> patientsOfR02 = jdbc.queryForList(
                    "SELECT DISTINCT s.patient_id FROM sequencing_file f JOIN specimen s ON s.specimen_id ="
                            + " f.specimen_id WHERE f.run_id = 'R02' ORDER BY s.patient_id",
                    String.class);
            int callsOfR02 = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM hotspot_call c JOIN sequencing_file f ON f.source_file = c.source_file"
                            + " WHERE f.run_id = 'R02'",
                    Integer.class);
            assertThat(r02.statuses().keySet()).containsExactlyElementsOf(patientsOfR02);
            assertThat(r02.patientsLeftOut()).isEqualTo(all.size() - patientsOfR02.size());
            assertThat(r02.callsLeftOut()).isEqualTo(tumourCalls - callsOfR02);
        } finally {
            assertThat(send("DELETE", "/api/v1/runs/R02/sign-out", "second").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void thePagesFormsSignOutAndWithdrawForASecondLabMemberOnlyWithACsrfToken() throws Exception {
        int before = signOutRows("R01");
        TestHttp bench = TestHttp.of(app);
        bench.signIn("bench", PASSWORD);
        HttpResponse<String> own =
                bench.postForm("/lab/runs/R01/sign-out", Map.of("_csrf", bench.csrfToken("/lab/runs/R01")));
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(bench.get("/lab/runs/R01").body()).contains("bench imported", "You imported this run");
        assertThat(bench.postForm("/lab/runs/R01/sign-out", Map.of()).statusCode())
                .as("no CSRF token")
                .isEqualTo(403);
        TestHttp boss = TestHttp.of(app);
        boss.signIn("boss", PASSWORD);
        assertThat(boss.get("/lab/runs/R01").statusCode())
                .as("ADMIN reads the run page")
                .isEqualTo(200);
        assertThat(boss.postForm("/lab/runs/R01/sign-out", Map.of("_csrf", boss.csrfToken("/lab/runs/R01")))
                        .statusCode())
                .as("only LAB signs out")
                .isEqualTo(403);
        TestHttp reader = TestHttp.of(app);
        reader.signIn("reader", PASSWORD);
        assertThat(reader.get("/lab/runs").statusCode()).isEqualTo(403);
        assertThat(signOutRows("R01")).isEqualTo(before);

        TestHttp second = TestHttp.of(app);
        second.signIn("second", PASSWORD);
        assertThat(second.postForm("/lab/runs/R01/sign-out", Map.of("_csrf", second.csrfToken("/lab/runs/R01")))
                        .statusCode())
                .isEqualTo(302);
        String signed = second.get("/lab/runs/R01").body();
        assertThat(signed).contains("Run R01 signed out by second.", "SIGNED_OUT", "Withdraw the sign-out");
        assertThat(second.postForm(
                                "/lab/runs/R01/withdraw",
                                Map.of("_csrf", second.csrfToken("/lab/runs/R01"), "reason", "re-run planned"))
                        .statusCode())
                .isEqualTo(302);
        String withdrawn = second.get("/lab/runs/R01").body();
        assertThat(withdrawn).contains("preliminary again", "re-run planned", "Sign out the calls of run");
        assertThat(signOutRows("R01")).isEqualTo(before + 1);
        assertThat(second.get("/lab/runs/NO_RUN").statusCode()).isEqualTo(404);
        assertThat(second.get("/lab/specimens/NO_SPECIMEN/report").statusCode()).isEqualTo(404);
    }

    private static JsonNode get(String path, String user) throws Exception {
        HttpResponse<String> response = http.get(path, user, PASSWORD);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(String method, String path, String user) throws Exception {
        return http.send(http.request(path)
                .header("Authorization", TestHttp.basic(user, PASSWORD))
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private static int signOutRows(String run) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM run_sign_out WHERE run_id = ?", Integer.class, run);
    }

    private static String audited(String action, String actor) {
        return String.join(
                "\n",
                jdbc.queryForList(
                        "SELECT detail FROM audit_event WHERE action = ? AND actor = ? ORDER BY id",
                        String.class,
                        action,
                        actor));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
