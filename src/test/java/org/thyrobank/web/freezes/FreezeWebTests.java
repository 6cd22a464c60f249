package org.thyrobank.web.freezes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thyrobank.web.ServedCohort.PASSWORD;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.analysis.freeze.Freezes;
import org.thyrobank.platform.ReferenceFiles;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditEntry;
import org.thyrobank.platform.audit.AuditLog;
import org.thyrobank.platform.audit.AuditQuery;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.importing.StudyImport;
import org.thyrobank.web.ServedCohort;
import org.thyrobank.web.TestHttp;

/**
 * Data freezes over the web (docs/provenance.md): the API and the ADMIN page that make them, and {@code ?freeze=} on
 * the report page and the association and survival queries, which answer as at the freeze after the data changed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FreezeWebTests {

    // every call: nobody signed the cohort's runs out
    private static final String ASSOCIATION =
            "/api/v1/associations?factor=BRAF_V600E&outcome=SOFT_TISSUE_CR&centre=MILAN&includePreliminary=true";
    /** The data endpoints a freeze answers too (patients, cohort rows, lesion doses, the report's miRNA rows and QC). */
    private static final List<String> DATA = List.of(
            "/api/v1/patients",
            "/api/v1/patients?centre=MILAN",
            "/api/v1/cohort?centre=MILAN",
            "/api/v1/lesion-doses",
            "/api/v1/mirna-tests",
            "/api/v1/mirna-qc");

    private static final String SURVIVAL = "/api/v1/survival?endpoint=OS&factor=BRAF_V600E&includePreliminary=true";

    @TempDir
    static Path study;

    private static TestApplication app;
    private static TestHttp http;

    @BeforeAll
    static void serve() {
        app = ServedCohort.start(study);
        http = TestHttp.of(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    @Order(1)
    void anySignedInUserListsTheFreezesAndOnlyAnAdministratorMakesOne() throws Exception {
        assertThat(http.get("/api/v1/freezes").statusCode()).isEqualTo(401);
        HttpResponse<String> none = http.get("/api/v1/freezes", "lab", PASSWORD);
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).isEqualTo("[]");

        String paper1 = "{\"name\": \"paper-1\", \"note\": \"first draft\"}";
        assertThat(post(paper1, "researcher").statusCode()).isEqualTo(403);
        assertThat(post(paper1, "lab").statusCode()).isEqualTo(403);
        assertThat(app.bean(Freezes.class).list()).isEmpty();

        HttpResponse<String> created = post(paper1, "boss");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/freezes/paper-1");
        long dataVersion = app.bean(Freezes.class).find("paper-1").orElseThrow().dataVersion();
        assertThat(created.body())
                .contains(
                        "\"name\":\"paper-1\"",
                        "\"note\":\"first draft\"",
                        "\"created_by\":\"boss\"",
                        "\"data_version\":" + dataVersion);
        assertThat(freezeAudits())
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("paper-1 at data version " + dataVersion));

        HttpResponse<String> again = post("{\"name\": \"paper-1\"}", "boss");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("'paper-1' exists already");
        HttpResponse<String> badName = post("{\"name\": \"bad name!\"}", "boss");
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(badName.body()).contains("not 'bad name!'");
        assertThat(post("{\"note\": \"no name\"}", "boss").statusCode()).isEqualTo(400);
        assertThat(freezeAudits()).hasSize(1);

        HttpResponse<String> list = http.get("/api/v1/freezes", "researcher", PASSWORD);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).startsWith("[{\"name\":\"paper-1\"").contains("\"size_bytes\":");
        assertThat(http.get("/api/v1/freezes/paper-1", "lab", PASSWORD).body()).contains("\"name\":\"paper-1\"");
        HttpResponse<String> unknown = http.get("/api/v1/freezes/paper-2", "lab", PASSWORD);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no freeze named 'paper-2'");
    }

    @Test
    @Order(2)
    void theQueriesAndTheReportPageAnswerFromTheFreezeAfterTheDataChanged() throws Exception {
        long frozenVersion =
                app.bean(Freezes.class).find("paper-1").orElseThrow().dataVersion();
        // nothing was imported since the freeze: these are the answers at the freeze
        String association = researcher(ASSOCIATION).body();
        Map<String, String> data = new java.util.LinkedHashMap<>();
        for (String path : DATA) {
            HttpResponse<String> answer = researcher(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            data.put(path, answer.body());
        }
        String survival = researcher(SURVIVAL).body();

        // corrections: a patient moves centre, and the patients alive at their last contact have died then
        Path patients = study.resolve("clinical/patients.csv");
        Files.writeString(patients, Files.readString(patients).replaceFirst("(\\n[^,\\n]+),MILAN,", "$1,NEGRAR,"));
        Path followUp = study.resolve("clinical/follow_up.csv");
        Files.writeString(
                followUp,
                Files.readString(followUp)
                        .replaceAll("(?m)^([^,\\n]+),(\\d{4}-\\d{2}-\\d{2}),([^,\\n]*),$", "$1,$2,$3,$2"));
        app.bean(StudyImport.class).importStudy(study);
        assertThat(researcher(ASSOCIATION).body()).isNotEqualTo(association);
        assertThat(researcher(SURVIVAL).body()).isNotEqualTo(survival);

        HttpResponse<String> frozenAssociation = researcher(ASSOCIATION + "&freeze=paper-1");
        assertThat(frozenAssociation.statusCode()).isEqualTo(200);
        assertThat(frozenAssociation.body()).isEqualTo(association);
        HttpResponse<String> frozenSurvival = researcher(SURVIVAL + "&freeze=paper-1");
        assertThat(frozenSurvival.statusCode()).isEqualTo(200);
        assertThat(frozenSurvival.body()).isEqualTo(survival);
        // a bad parameter is refused as without a freeze
        assertThat(researcher("/api/v1/patients").body()).isNotEqualTo(data.get("/api/v1/patients"));
        assertThat(researcher("/api/v1/cohort?centre=MILAN").body())
                .isNotEqualTo(data.get("/api/v1/cohort?centre=MILAN"));
        for (String path : DATA) {
            HttpResponse<String> frozen = researcher(path + (path.contains("?") ? "&" : "?") + "freeze=paper-1");
            assertThat(frozen.statusCode()).as(path).isEqualTo(200);
            assertThat(frozen.body()).as(path).isEqualTo(data.get(path));
        }
        HttpResponse<String> badEndpoint = researcher("/api/v1/survival?endpoint=DFS&factor=BRAF_V600E&freeze=paper-1");
        assertThat(badEndpoint.statusCode()).isEqualTo(400);
        assertThat(badEndpoint.body()).contains("'DFS' is not one of [PFS, OS]");

        TestHttp browser = TestHttp.of(app);
        browser.signIn("researcher", PASSWORD);
        HttpResponse<String> now = browser.get("/research/report");
        assertThat(now.statusCode()).isEqualTo(200);
        assertThat(now.body())
                .contains("<option value=\"paper-1\">freeze paper-1 (data version " + frozenVersion + ")</option>")
                .doesNotContain(", data version " + frozenVersion + ", generated");
        HttpResponse<String> page = browser.get("/research/report?freeze=paper-1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("The report of data freeze <code>paper-1</code>")
                .contains(", data version " + frozenVersion + ", generated")
                .contains("href=\"/research/report.html?freeze=paper-1\"", "href=\"/api/v1/report?freeze=paper-1\"");
        HttpResponse<String> download = browser.get("/research/report.html?freeze=paper-1");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("thyrobank-report-paper-1.html");
        assertThat(download.body()).contains(", data version " + frozenVersion + ", generated");
    }

    @Test
    @Order(3)
    void anUnknownFreezeIsNotFoundByName() throws Exception {
        for (String path : List.of(
                ASSOCIATION + "&freeze=paper-2",
                SURVIVAL + "&freeze=paper-2",
                "/api/v1/report?freeze=paper-2",
                "/api/v1/patients?freeze=paper-2",
                "/api/v1/mirna-tests?freeze=paper-2",
                "/api/v1/mirna-qc?freeze=paper-2",
                "/api/v1/cohort?freeze=paper-2",
                "/api/v1/lesion-doses?freeze=paper-2")) {
            HttpResponse<String> response = researcher(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("no freeze named 'paper-2'");
        }
        TestHttp browser = TestHttp.of(app);
        browser.signIn("researcher", PASSWORD);
        for (String path : List.of("/research/report?freeze=paper-2", "/research/report.html?freeze=paper-2")) {
            HttpResponse<String> response = browser.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("no freeze named 'paper-2'");
        }
    }

    @Test
    @Order(4)
    void aFreezeMadeWithOtherReferenceFilesIsRefusedNamingTheFile() throws Exception {
        Path reference = Files.createDirectories(study.resolve("reference-now"));
        try (InputStream in = ReferenceFiles.open("report.properties")) {
            Files.write(reference.resolve("report.properties"), in.readAllBytes());
        }
        Files.writeString(reference.resolve("report.properties"), "# corrected\n", StandardOpenOption.APPEND);
        System.setProperty(ReferenceFiles.OVERRIDE_PROPERTY, reference.toString());
        try {
            for (String path : List.of(
                    ASSOCIATION + "&freeze=paper-1", SURVIVAL + "&freeze=paper-1", "/api/v1/report?freeze=paper-1")) {
                HttpResponse<String> response = researcher(path);
                assertThat(response.statusCode()).as(path).isEqualTo(400);
                assertThat(response.body())
                        .as(path)
                        .contains("reference/report.properties has changed since freeze 'paper-1'");
            }
        } finally {
            System.clearProperty(ReferenceFiles.OVERRIDE_PROPERTY);
        }
        assertThat(researcher(ASSOCIATION + "&freeze=paper-1").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void anAdministratorMakesAFreezeOnTheFreezesPage() throws Exception {
        TestHttp researcher = TestHttp.of(app);
        researcher.signIn("researcher", PASSWORD);
        assertThat(researcher.get("/admin/freezes").statusCode()).isEqualTo(403);
        assertThat(researcher
                        .postForm("/admin/freezes", Map.of("name", "paper-3", "_csrf", researcher.csrfToken("/")))
                        .statusCode())
                .isEqualTo(403);
        assertThat(researcher.get("/").body()).doesNotContain("href=\"/admin/freezes\"");

        TestHttp boss = TestHttp.of(app);
        boss.signIn("boss", PASSWORD);
        HttpResponse<String> page = boss.get("/admin/freezes");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("href=\"/admin/freezes\"", "<code>paper-1</code>", "first draft")
                .contains("href=\"/research/report?freeze=paper-1\"");
        assertThat(boss.postForm("/admin/freezes", Map.of("name", "paper-3")).statusCode())
                .as("no CSRF token")
                .isEqualTo(403);

        HttpResponse<String> created = boss.postForm(
                "/admin/freezes",
                Map.of("name", "paper-3", "note", "second draft", "_csrf", boss.csrfToken("/admin/freezes")));
        assertThat(created.statusCode()).isEqualTo(302);
        long dataVersion = app.bean(Freezes.class).find("paper-3").orElseThrow().dataVersion();
        assertThat(boss.get("/admin/freezes").body())
                .contains("Freeze paper-3 created at data version " + dataVersion)
                .contains("<code>paper-3</code>", "second draft");
        assertThat(freezeAudits()).extracting(AuditEntry::actor).containsExactly("boss", "boss");

        boss.postForm("/admin/freezes", Map.of("name", "paper-3", "_csrf", boss.csrfToken("/admin/freezes")));
        assertThat(boss.get("/admin/freezes").body()).contains("a freeze named &#39;paper-3&#39; exists already");
        boss.postForm("/admin/freezes", Map.of("name", "bad name!", "_csrf", boss.csrfToken("/admin/freezes")));
        assertThat(boss.get("/admin/freezes").body()).contains("not &#39;bad name!&#39;");
        assertThat(app.bean(Freezes.class).list()).hasSize(2);
    }

    private static HttpResponse<String> post(String json, String user) throws Exception {
        return http.send(http.request("/api/v1/freezes")
                .header("Authorization", TestHttp.basic(user, PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpResponse<String> researcher(String path) throws Exception {
        return http.get(path, "researcher", PASSWORD);
    }

    private static List<AuditEntry> freezeAudits() {
        return app.bean(AuditLog.class).find(new AuditQuery(null, AuditAction.FREEZE_CREATED, null, null, 100, 0));
    }
}
