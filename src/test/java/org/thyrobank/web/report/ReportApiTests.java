package org.thyrobank.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.thyrobank.analysis.ReportJson;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.analysis.freeze.Freezes;
import org.thyrobank.demo.SyntheticCohort;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.StudyImport;
import org.thyrobank.platform.provenance.Generation;
import org.thyrobank.platform.users.Role;
import org.thyrobank.platform.users.Users;
import org.thyrobank.web.TestHttp;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportApiTests {

    private static final String PASSWORD = "a long enough test password";

    @TempDir
    static Path study;

    private static TestApplication app;
    private static TestHttp http;

    @BeforeAll
    static void serveAnImportedCohort() {
        app = TestApplication.start(
                TestDatabases.embeddedServer(), WebApplicationType.SERVLET, Map.of("server.port", 0));
        Users users = app.bean(Users.class);
        users.add("lab", Role.LAB, PASSWORD);
        users.add("researcher", Role.RESEARCHER, PASSWORD);
        http = TestHttp.of(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    @Order(1)
    void anEmptyDatabaseHasNothingToReport() throws Exception {
        assertThat(app.bean(ReportService.class).report(ReportOptions.defaults()))
                .isEmpty();
        HttpResponse<String> response = http.get("/api/v1/report", "researcher", PASSWORD);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("nothing to report");
        TestHttp browser = TestHttp.of(app);
        browser.signIn("researcher", PASSWORD);
        HttpResponse<String> download = browser.get("/research/cohort/cbioportal.zip");
        assertThat(download.statusCode()).isEqualTo(404);
        assertThat(download.body()).contains("nothing to export");
        // the report page, its download, the dashboard and the association overview say there is nothing yet
        HttpResponse<String> page = browser.get("/research/report");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Nothing to report: no clinical data imported yet.");
        HttpResponse<String> html = browser.get("/research/report.html");
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.body()).contains("nothing to report");
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("No clinical data imported yet", "No file imported yet.")
                .doesNotContain("Primary endpoint");
        HttpResponse<String> associations = browser.get("/research/associations");
        assertThat(associations.statusCode()).isEqualTo(200);
        assertThat(associations.body()).doesNotContain("Every factor against every outcome");
    }

    @Test
    @Order(2)
    void researchersGetTheSameJsonAsTheCommandLineAndTheLabDoesNot() throws Exception {
        SyntheticCohort.write(study.resolve("cohort"), 7);
        app.bean(StudyImport.class).importStudy(study.resolve("cohort"));
        String expected = ReportJson.write(app.bean(ReportService.class)
                .report(ReportOptions.defaults().withNullRate(0.25))
                .orElseThrow());

        HttpResponse<String> response = http.get("/api/v1/report?nullRate=0.25", "researcher", PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        // the same report, generated for whoever asked
        assertThat(Generation.strip(response.body())).isEqualTo(Generation.strip(expected));
        assertThat(response.body()).contains("\"generated_by\" : \"researcher\"");

        // nobody signed the runs out: by default their calls are left out, on request they are used
        String everyCall = ReportJson.write(app.bean(ReportService.class)
                .report(ReportOptions.defaults().withNullRate(0.25).withIncludePreliminary(true))
                .orElseThrow());
        assertThat(everyCall).isNotEqualTo(expected);
        HttpResponse<String> included =
                http.get("/api/v1/report?nullRate=0.25&includePreliminary=true", "researcher", PASSWORD);
        assertThat(Generation.strip(included.body())).isEqualTo(Generation.strip(everyCall));
        assertThat(included.body()).contains("\"include_preliminary\" : true");
        assertThat(response.body()).contains("\"include_preliminary\" : false", "\"signed_out_only\" : true");

        assertThat(http.get("/api/v1/report", "lab", PASSWORD).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/report").statusCode()).isEqualTo(401);

        HttpResponse<String> bad = http.get("/api/v1/report?nullRate=2", "researcher", PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("null-rate");
    }

    @Test
    @Order(3)
    void aFrozenReportIsServedAsItWasAtTheFreezeAfterTheDataChanged() throws Exception {
        String atFreeze = http.get("/api/v1/report", "researcher", PASSWORD).body();
        app.bean(Freezes.class).create("paper-1", "api test", "researcher");

        // a corrected clinical file: a patient moves centre, so the live report changes
        Path patients = study.resolve("cohort/clinical/patients.csv");
        String csv = Files.readString(patients);
        Files.writeString(patients, csv.replaceFirst("(\\n[^,\\n]+),MILAN,", "$1,NEGRAR,"));
        app.bean(StudyImport.class).importStudy(study.resolve("cohort"));
        String now = http.get("/api/v1/report", "researcher", PASSWORD).body();
        assertThat(Generation.strip(now)).isNotEqualTo(Generation.strip(atFreeze));

        HttpResponse<String> frozen = http.get("/api/v1/report?freeze=paper-1", "researcher", PASSWORD);
        assertThat(frozen.statusCode()).isEqualTo(200);
        assertThat(Generation.strip(frozen.body())).isEqualTo(Generation.strip(atFreeze));

        HttpResponse<String> unknown = http.get("/api/v1/report?freeze=paper-2", "researcher", PASSWORD);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no freeze named 'paper-2'");
    }
}
