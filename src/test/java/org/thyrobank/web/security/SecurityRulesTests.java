package org.thyrobank.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.BundleFile;
import org.thyrobank.platform.importing.BundlePart;
import org.thyrobank.platform.importing.ImportedFiles;
import org.thyrobank.platform.users.ApiTokens;
import org.thyrobank.platform.users.Role;
import org.thyrobank.platform.users.Users;
import org.thyrobank.web.TestHttp;
import tools.jackson.databind.json.JsonMapper;

class SecurityRulesTests {

    private static final String PASSWORD = "correct-horse-battery";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static TestApplication app;

    @BeforeAll
    static void serve() {
        app = TestApplication.start(
                TestDatabases.embeddedServer(), WebApplicationType.SERVLET, Map.of("server.port", 0));
        Users users = app.bean(Users.class);
        users.add("lab", Role.LAB, PASSWORD);
        users.add("researcher", Role.RESEARCHER, PASSWORD);
        users.add("boss", Role.ADMIN, PASSWORD);
        users.add("gone", Role.ADMIN, PASSWORD);
        users.disable("gone");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static TestHttp http() {
        return TestHttp.of(app);
    }

    @Test
    void anAnonymousApiCallIs401ProblemWithABasicChallengeNotARedirect() throws Exception {
        HttpResponse<String> response = http().get("/api/v1/status");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"thyrobank\"");
        assertThat(response.body()).contains("\"status\":401", "\"instance\":\"/api/v1/status\"");
    }

    @Test
    void aWrongPasswordOrADisabledSignInIs401() throws Exception {
        assertThat(http().get("/api/v1/status", "boss", "not-the-password").statusCode())
                .isEqualTo(401);
        assertThat(http().get("/api/v1/status", "gone", PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    void statusIsForAdminsOnly() throws Exception {
        assertThat(http().get("/api/v1/status", "boss", PASSWORD).statusCode()).isEqualTo(200);
        for (String user : new String[] {"lab", "researcher"}) {
            HttpResponse<String> response = http().get("/api/v1/status", user, PASSWORD);
            assertThat(response.statusCode()).as(user).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(response.body()).contains("\"status\":403", "Your role does not allow GET /api/v1/status");
        }
    }

    @Test
    void uploadsAreForTheLabAndAdminsNotResearchers() throws Exception {
        assertThat(http().get("/api/v1/uploads", "lab", PASSWORD).statusCode()).isEqualTo(200);
        assertThat(http().get("/api/v1/uploads", "boss", PASSWORD).statusCode()).isEqualTo(200);
        assertThat(http().get("/api/v1/uploads", "researcher", PASSWORD).statusCode())
                .isEqualTo(403);
        HttpResponse<String> post = http().send(new TestHttp.Multipart()
                .file("PL01.csv", "specimen_id,assay,cq\n".getBytes())
                .post(http().request("/api/v1/uploads")
                        .header("Authorization", TestHttp.basic("researcher", PASSWORD))));
        assertThat(post.statusCode()).isEqualTo(403);
    }

    @Test
    void aBearerTokenActsWithItsUsersRoleUntilRevoked() throws Exception {
        HttpResponse<String> issued = http().send(http().request("/api/v1/tokens")
                .header("Authorization", TestHttp.basic("lab", PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(issued.statusCode()).isEqualTo(201);
        String token = JSON.readTree(issued.body()).get("token").asString();
        assertThat(token).startsWith("tbk_");

        assertThat(bearer("/api/v1/uploads", token).statusCode()).isEqualTo(200);
        assertThat(bearer("/api/v1/status", token).statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = bearer("/api/v1/uploads", "tbk_not-a-token");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).contains("\"status\":401");

        HttpResponse<String> revoked = http().send(http().request("/api/v1/tokens")
                .header("Authorization", "Bearer " + token)
                .DELETE());
        assertThat(revoked.body()).contains("\"revoked\":1");
        assertThat(bearer("/api/v1/uploads", token).statusCode()).isEqualTo(401);
    }

    @Test
    void theTokenOfADisabledUserIsRefused() throws Exception {
        app.bean(Users.class).add("leaver", Role.LAB, PASSWORD);
        String token = app.bean(ApiTokens.class).issue("leaver").token();
        assertThat(bearer("/api/v1/uploads", token).statusCode()).isEqualTo(200);
        app.bean(Users.class).disable("leaver");
        assertThat(bearer("/api/v1/uploads", token).statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> bearer(String path, String token) throws Exception {
        return http().send(http().request(path)
                .header("Authorization", "Bearer " + token)
                .GET());
    }

    @Test
    void healthIsPublicTheApiDescriptionAndSwaggerUiAreForSignedInUsers() throws Exception {
        assertThat(http().get("/actuator/health").statusCode()).isEqualTo(200);
        for (String path : List.of("/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui/index.html")) {
            HttpResponse<String> anonymous = http().get(path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        TestHttp browser = http();
        browser.signIn("lab", PASSWORD);
        assertThat(browser.get("/v3/api-docs").body()).contains("/api/v1/uploads");
        assertThat(browser.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithoutInlineScript() throws Exception {
        TestHttp browser = http();
        browser.signIn("lab", PASSWORD);
        for (String page : List.of("/login", "/", "/uploads", "/swagger-ui/index.html")) {
            HttpResponse<String> response = browser.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(page)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("script-src 'self';", "style-src 'self';", "frame-ancestors 'none'")
                            .doesNotContain("unsafe-inline"));
            // every script of a page is a file the policy lets load
            assertThat(response.body()).as(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        }
    }

    @Test
    void anAnonymousPageVisitIsSentToTheSignInPage() throws Exception {
        HttpResponse<String> response = http().get("/uploads");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        HttpResponse<String> login = http().get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<form", "name=\"_csrf\"", "name=\"password\"");
    }

    @Test
    void theSignInFormWithoutItsCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> response = http().postForm("/login", Map.of("username", "lab", "password", PASSWORD));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void signingInShowsTheNavigationOfTheRole() throws Exception {
        TestHttp lab = http();
        HttpResponse<String> signIn = lab.signIn("lab", PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        HttpResponse<String> home = lab.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("Signed in as <strong>lab</strong>", "(<span>LAB</span>)", "href=\"/uploads\"")
                .doesNotContain("href=\"/status\"");
        assertThat(lab.get("/uploads").statusCode()).isEqualTo(200);
        assertThat(lab.get("/status").statusCode()).isEqualTo(403);
        // the API has no CSRF protection, so a browser's session must not sign its calls in
        assertThat(lab.get("/api/v1/uploads").statusCode()).isEqualTo(401);

        app.bean(ImportedFiles.class)
                .record(new BundleFile(contentFile("x"), "qpcr/PL09.csv", "c".repeat(64), 42), BundlePart.QPCR, "boss");
        TestHttp boss = http();
        boss.signIn("boss", PASSWORD);
        HttpResponse<String> status = boss.get("/status");
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body())
                .contains(
                        "Jobs &amp; status",
                        "Imported files",
                        "No job has run yet.",
                        "<code>qpcr/PL09.csv</code>",
                        "<td class=\"number\">42</td>");
    }

    @Test
    void aWrongPasswordOnTheFormReturnsToTheSignInPageWithAnError() throws Exception {
        HttpResponse<String> signIn = http().signIn("lab", "wrong-password-here");
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void aResearcherCannotOpenTheUploadPage() throws Exception {
        TestHttp researcher = http();
        researcher.signIn("researcher", PASSWORD);
        assertThat(researcher.get("/").body()).doesNotContain("href=\"/uploads\"");
        assertThat(researcher.get("/uploads").statusCode()).isEqualTo(403);
    }

    @Test
    void aStateChangingApiCallFromAnotherSiteIsRefusedWhateverItsCredentials() throws Exception {
        HttpResponse<String> foreignOrigin = http().send(http().request("/api/v1/tokens")
                .header("Authorization", TestHttp.basic("lab", PASSWORD))
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(foreignOrigin.statusCode()).isEqualTo(403);
        assertThat(foreignOrigin.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/problem+json");
        assertThat(foreignOrigin.body()).contains("POST /api/v1/tokens from another site is refused");

        HttpResponse<String> crossSite = http().send(http().request("/api/v1/tokens")
                .header("Authorization", TestHttp.basic("lab", PASSWORD))
                .header("Sec-Fetch-Site", "cross-site")
                .DELETE());
        assertThat(crossSite.statusCode()).isEqualTo(403);
        HttpResponse<String> nullOrigin = http().send(http().request("/api/v1/tokens")
                .header("Authorization", TestHttp.basic("lab", PASSWORD))
                .header("Origin", "null")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(nullOrigin.statusCode()).isEqualTo(403);

        // the service's own origin, and reads from anywhere, go ahead
        String own = http().request("/").build().uri().toString().replaceAll("/$", "");
        HttpResponse<String> sameOrigin = http().send(http().request("/api/v1/tokens")
                .header("Authorization", TestHttp.basic("lab", PASSWORD))
                .header("Origin", own)
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isEqualTo(201);
        HttpResponse<String> foreignRead = http().send(http().request("/api/v1/uploads")
                .header("Authorization", TestHttp.basic("lab", PASSWORD))
                .header("Origin", "https://evil.example")
                .GET());
        assertThat(foreignRead.statusCode()).isEqualTo(200);
    }

    @Test
    void browsersGetNoBasicChallengeSoTheyCacheNoBasicCredentials() throws Exception {
        HttpResponse<String> asksForHtml = http().send(http().request("/api/v1/status")
                .header("Accept", "text/html,application/xhtml+xml")
                .GET());
        assertThat(asksForHtml.statusCode()).isEqualTo(401);
        assertThat(asksForHtml.headers().firstValue("WWW-Authenticate")).isEmpty();
        HttpResponse<String> fetches = http().send(http().request("/api/v1/status")
                .header("Sec-Fetch-Mode", "cors")
                .GET());
        assertThat(fetches.statusCode()).isEqualTo(401);
        assertThat(fetches.headers().firstValue("WWW-Authenticate")).isEmpty();
        HttpResponse<String> wrongPassword = http().send(http().request("/api/v1/status")
                .header("Authorization", TestHttp.basic("boss", "not-the-password"))
                .header("Sec-Fetch-Mode", "navigate")
                .GET());
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @TempDir
    static Path contents;

    /** A file on disk for the register to keep the bytes of (the tests give it a made-up SHA-256). */
    private static Path contentFile(String name) {
        try {
            return Files.writeString(contents.resolve(name), "content of " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
