package org.thyrobank.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditLog;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.users.Role;
import org.thyrobank.platform.users.Users;
import org.thyrobank.web.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuditLogTests {

    private static final String PASSWORD = "audited-password-42";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static TestApplication app;

    @BeforeAll
    static void serve() throws Exception {
        app = TestApplication.start(
                TestDatabases.embeddedServer(),
                WebApplicationType.SERVLET,
                Map.of(
                        "server.port",
                        0,
                        "thyrobank.uploads.dir",
                        Files.createTempDirectory("thyrobank-audit-uploads").toString()));
        Users users = app.bean(Users.class);
        users.add("lab", Role.LAB, PASSWORD);
        users.add("researcher", Role.RESEARCHER, PASSWORD);
        users.add("boss", Role.ADMIN, PASSWORD);
        users.add("leaver", Role.LAB, PASSWORD);
        users.disable("leaver");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aSignInAndAFailedSignInAreLoggedWithoutThePassword() throws Exception {
        TestHttp browser = TestHttp.of(app);
        browser.signIn("researcher", PASSWORD);
        TestHttp.of(app).signIn("researcher", "a-wrong-guess-123");
        assertThat(TestHttp.of(app)
                        .get("/api/v1/uploads", "lab", "another-wrong-one")
                        .statusCode())
                .isEqualTo(401);

        String log = auditJson();
        assertThat(entries("SIGN_IN", "researcher")).isNotEmpty();
        assertThat(entries("SIGN_IN_FAILED", "researcher")).isNotEmpty();
        assertThat(entries("SIGN_IN_FAILED", "lab")).isNotEmpty();
        assertThat(log).doesNotContain(PASSWORD, "a-wrong-guess-123", "another-wrong-one");
    }

    @Test
    void anUploadIsLoggedAsStartedByItsSender() throws Exception {
        HttpResponse<String> sent = TestHttp.of(app)
                .send(new TestHttp.Multipart()
                        .file("T-MI-001.vcf", "##fileformat=VCFv4.2\n".getBytes(StandardCharsets.UTF_8))
                        .field("run", "R07")
                        .post(TestHttp.of(app)
                                .request("/api/v1/uploads")
                                .header("Authorization", TestHttp.basic("lab", PASSWORD))));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        String id = JSON.readTree(sent.body()).get("id").asString();
        assertThat(entries("UPLOAD_STARTED", "lab"))
                .anySatisfy(e -> assertThat(e.get("detail").asString()).contains("T-MI-001.vcf", id));
    }

    @Test
    void tokensReportsAndSignInChangesAreLoggedButNeverAToken() throws Exception {
        TestHttp http = TestHttp.of(app);
        HttpResponse<String> issued = http.send(http.request("/api/v1/tokens")
                .header("Authorization", TestHttp.basic("researcher", PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(issued.statusCode()).isEqualTo(201);
        String token = JSON.readTree(issued.body()).get("token").asString();
        http.send(http.request("/api/v1/tokens")
                .header("Authorization", TestHttp.basic("researcher", PASSWORD))
                .DELETE());
        http.get("/api/v1/report?exclude_flagged=true", "researcher", PASSWORD);

        assertThat(entries("TOKEN_ISSUED", "researcher")).isNotEmpty();
        assertThat(entries("TOKENS_REVOKED", "researcher")).isNotEmpty();
        assertThat(entries("REPORT_REQUESTED", "researcher"))
                .anySatisfy(
                        e -> assertThat(e.get("detail").asString()).isEqualTo("/api/v1/report?exclude_flagged=true"));
        assertThat(entries("USER_ADDED", null)).anySatisfy(e -> {
            assertThat(e.get("detail").asString()).isEqualTo("boss (ADMIN)");
            assertThat(e.get("actor").asString()).startsWith("cli:");
        });
        assertThat(entries("USER_DISABLED", null))
                .anySatisfy(e -> assertThat(e.get("detail").asString()).isEqualTo("leaver"));
        assertThat(auditJson()).doesNotContain(token, PASSWORD);
    }

    @Test
    void theAuditLogIsForAdminsOnlyOnTheApiAndThePage() throws Exception {
        for (String user : new String[] {"lab", "researcher"}) {
            assertThat(TestHttp.of(app).get("/api/v1/audit", user, PASSWORD).statusCode())
                    .as(user)
                    .isEqualTo(403);
            TestHttp browser = TestHttp.of(app);
            browser.signIn(user, PASSWORD);
            assertThat(browser.get("/audit").statusCode()).as(user).isEqualTo(403);
            assertThat(browser.get("/").body()).doesNotContain("Audit log");
        }
        TestHttp admin = TestHttp.of(app);
        admin.signIn("boss", PASSWORD);
        HttpResponse<String> page = admin.get("/audit");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Audit log", "SIGN_IN", "boss");
        assertThat(TestHttp.of(app)
                        .get("/api/v1/audit?limit=0", "boss", PASSWORD)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void downloadsAndBearerTokenFailuresAreAudited() throws Exception {
        TestHttp researcher = TestHttp.of(app);
        researcher.signIn("researcher", PASSWORD);
        assertThat(researcher.get("/research/cohort.csv").statusCode()).isEqualTo(200);
        assertThat(researcher.get("/research/dosimetry.svg").statusCode()).isEqualTo(200);
        assertThat(researcher.get("/research/cohort").statusCode()).isEqualTo(200);
        HttpResponse<String> bogus = TestHttp.of(app)
                .send(TestHttp.of(app)
                        .request("/api/v1/uploads")
                        .header("Authorization", "Bearer tbk_made-up")
                        .GET());
        assertThat(bogus.statusCode()).isEqualTo(401);

        assertThat(entries("DOWNLOAD", "researcher"))
                .extracting(e -> e.get("detail").asString())
                .contains("/research/cohort.csv", "/research/dosimetry.svg")
                .doesNotContain("/research/cohort");
        assertThat(entries("SIGN_IN_FAILED", "anonymous"))
                .anySatisfy(e -> assertThat(e.get("detail").asString())
                        .isEqualTo("bearer token: unknown, expired or revoked, from 127.0.0.1"));
        assertThat(auditJson()).doesNotContain("tbk_made-up");
    }

    @Test
    void theApiFiltersByUserActionAndTimeAndPages() throws Exception {
        AuditLog log = app.bean(AuditLog.class);
        for (int i = 1; i <= 5; i++) {
            log.record("pager", i % 2 == 0 ? AuditAction.DOWNLOAD : AuditAction.REPORT_REQUESTED, "entry " + i);
        }
        assertThat(details("/api/v1/audit?user=pager&limit=2")).containsExactly("entry 5", "entry 4");
        assertThat(details("/api/v1/audit?user=pager&limit=2&offset=2")).containsExactly("entry 3", "entry 2");
        assertThat(details("/api/v1/audit?user=pager&limit=2&offset=4")).containsExactly("entry 1");
        assertThat(details("/api/v1/audit?user=pager&action=DOWNLOAD")).containsExactly("entry 4", "entry 2");
        LocalDate today = LocalDate.now();
        assertThat(details("/api/v1/audit?user=pager&from=" + today + "&to=" + today))
                .hasSize(5);
        assertThat(details("/api/v1/audit?user=pager&from=" + today.plusDays(1)))
                .isEmpty();
        assertThat(details("/api/v1/audit?user=pager&to=" + today.minusDays(1))).isEmpty();
        assertThat(details("/api/v1/audit?user=pager&from="
                        + LocalDateTime.now().minusHours(1).withNano(0)))
                .hasSize(5);

        HttpResponse<String> badAction = TestHttp.of(app).get("/api/v1/audit?action=NOPE", "boss", PASSWORD);
        assertThat(badAction.statusCode()).isEqualTo(400);
        assertThat(badAction.body()).contains("action: 'NOPE' is not one of");
        HttpResponse<String> badTime = TestHttp.of(app).get("/api/v1/audit?from=yesterday", "boss", PASSWORD);
        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(badTime.body()).contains("from: 'yesterday' is not a date");
    }

    @Test
    void theAuditPageFiltersAndPages() throws Exception {
        AuditLog log = app.bean(AuditLog.class);
        for (int i = 1; i <= AuditPage.ENTRIES_SHOWN + 1; i++) {
            log.record("bulk", AuditAction.DOWNLOAD, "bulk entry " + i);
        }
        TestHttp admin = TestHttp.of(app);
        admin.signIn("boss", PASSWORD);
        HttpResponse<String> first = admin.get("/audit?user=bulk");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body())
                .contains("bulk entry 201", "bulk entry 2<", "page=2", "Older")
                .doesNotContain("bulk entry 1<");
        HttpResponse<String> second = admin.get("/audit?user=bulk&page=2");
        assertThat(second.body()).contains("bulk entry 1<", "Newer").doesNotContain("bulk entry 2<", "page=3");
        assertThat(admin.get("/audit?action=NOPE").statusCode()).isEqualTo(400);
    }

    private static java.util.List<String> details(String path) throws Exception {
        HttpResponse<String> response = TestHttp.of(app).get(path, "boss", PASSWORD);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        java.util.List<String> details = new java.util.ArrayList<>();
        JSON.readTree(response.body()).forEach(e -> details.add(e.get("detail").asString()));
        return details;
    }

    private static String auditJson() throws Exception {
        HttpResponse<String> response = TestHttp.of(app).get("/api/v1/audit?limit=1000", "boss", PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static java.util.List<JsonNode> entries(String action, String actor) throws Exception {
        java.util.List<JsonNode> found = new java.util.ArrayList<>();
        for (JsonNode e : JSON.readTree(auditJson())) {
            if (e.get("action").asString().equals(action)
                    && (actor == null || e.get("actor").asString().equals(actor))) {
                found.add(e);
            }
        }
        return found;
    }
}
