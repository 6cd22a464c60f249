package org.thyrobank.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.users.Role;
import org.thyrobank.platform.users.Users;
import org.thyrobank.web.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** No credential outlives its owner: tokens expire and die with a reset or disable, and so do page sessions. */
class CredentialLifetimeTests {

    private static final String PASSWORD = "credential-lifetime-pw";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static TestApplication app;
    private static JdbcTemplate db;

    @BeforeAll
    static void serve() {
        app = TestApplication.start(
                TestDatabases.embeddedServer(),
                WebApplicationType.SERVLET,
                Map.of(
                        "server.port",
                        0,
                        "thyrobank.tokens.default-lifetime",
                        "20d",
                        "thyrobank.tokens.max-lifetime",
                        "90d"));
        db = new JdbcTemplate(app.bean(DataSource.class));
        app.bean(Users.class).add("boss", Role.ADMIN, PASSWORD);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Users users() {
        return app.bean(Users.class);
    }

    @Test
    void aTokenExpiresAfterTheConfiguredDefaultOrTheAskedLifetimeWithinTheMaximum() throws Exception {
        users().add("exp", Role.LAB, PASSWORD);
        JsonNode byDefault = JSON.readTree(issue("exp", null).body());
        assertThat(LocalDateTime.parse(byDefault.get("expires").asString()))
                .isBetween(
                        LocalDateTime.now().plusDays(20).minusMinutes(5),
                        LocalDateTime.now().plusDays(20));
        JsonNode week = JSON.readTree(issue("exp", "{\"lifetime_days\": 7}").body());
        assertThat(LocalDateTime.parse(week.get("expires").asString()))
                .isBetween(
                        LocalDateTime.now().plusDays(7).minusMinutes(5),
                        LocalDateTime.now().plusDays(7));

        HttpResponse<String> tooLong = issue("exp", "{\"lifetime_days\": 91}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("lifetime_days: 91 is not between 1 and 90");
        assertThat(issue("exp", "{\"lifetime_days\": 0}").statusCode()).isEqualTo(400);

        String token = week.get("token").asString();
        assertThat(bearer("/api/v1/uploads", token).statusCode()).isEqualTo(200);
        db.update(
                "UPDATE api_token SET expires = ? WHERE user_name = 'exp' AND expires < ?",
                LocalDateTime.now().minusSeconds(1),
                LocalDateTime.now().plusDays(8));
        assertThat(bearer("/api/v1/uploads", token).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokensLastUseIsRecorded() throws Exception {
        users().add("used", Role.LAB, PASSWORD);
        String token = token("used");
        assertThat(db.queryForObject("SELECT last_used FROM api_token WHERE user_name = 'used'", LocalDateTime.class))
                .isNull();
        assertThat(bearer("/api/v1/uploads", token).statusCode()).isEqualTo(200);
        assertThat(db.queryForObject("SELECT last_used FROM api_token WHERE user_name = 'used'", LocalDateTime.class))
                .isCloseTo(LocalDateTime.now(), org.assertj.core.api.Assertions.within(Duration.ofMinutes(1)));
    }

    @Test
    void resetAndDisableRevokeTheUsersTokens() throws Exception {
        users().add("resetme", Role.LAB, PASSWORD);
        String token = token("resetme");
        assertThat(bearer("/api/v1/uploads", token).statusCode()).isEqualTo(200);
        users().reset("resetme", PASSWORD + "-new");
        assertThat(bearer("/api/v1/uploads", token).statusCode()).isEqualTo(401);
        assertThat(db.queryForObject(
                        "SELECT COUNT(*) FROM api_token WHERE user_name = 'resetme' AND revoked IS NOT NULL",
                        Integer.class))
                .isEqualTo(1);

        users().add("disableme", Role.LAB, PASSWORD);
        String other = token("disableme");
        users().disable("disableme");
        users().reset("disableme", PASSWORD); // enabled again, but the old token stays dead
        assertThat(bearer("/api/v1/uploads", other).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenCannotIssueAnotherToken() throws Exception {
        users().add("minter", Role.RESEARCHER, PASSWORD);
        String token = token("minter");
        HttpResponse<String> minted = http().send(http().request("/api/v1/tokens")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(minted.statusCode()).isEqualTo(403);
        assertThat(minted.body()).contains("a token cannot issue another token");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM api_token WHERE user_name = 'minter'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void anAdministratorRevokesSomeoneElsesTokensOthersCannot() throws Exception {
        users().add("holder", Role.LAB, PASSWORD);
        String token = token("holder");
        HttpResponse<String> byHolder = http().send(http().request("/api/v1/users/holder/tokens")
                .header("Authorization", TestHttp.basic("holder", PASSWORD))
                .DELETE());
        assertThat(byHolder.statusCode()).isEqualTo(403);
        assertThat(bearer("/api/v1/uploads", token).statusCode()).isEqualTo(200);

        HttpResponse<String> byBoss = http().send(http().request("/api/v1/users/holder/tokens")
                .header("Authorization", TestHttp.basic("boss", PASSWORD))
                .DELETE());
        assertThat(byBoss.statusCode()).as(byBoss.body()).isEqualTo(200);
        assertThat(byBoss.body()).contains("\"revoked\":1");
        assertThat(bearer("/api/v1/uploads", token).statusCode()).isEqualTo(401);
        assertThat(http().send(http().request("/api/v1/users/nobody/tokens")
                                .header("Authorization", TestHttp.basic("boss", PASSWORD))
                                .DELETE())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aResetOrDisabledUsersPageSessionEndsAtItsNextRequest() throws Exception {
        users().add("walker", Role.LAB, PASSWORD);
        TestHttp browser = http();
        browser.signIn("walker", PASSWORD);
        assertThat(browser.get("/uploads").statusCode()).isEqualTo(200);
        users().reset("walker", PASSWORD + "-changed");
        HttpResponse<String> ended = browser.get("/uploads");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/login?ended");
        assertThat(browser.get("/login?ended").body()).contains("Your session has ended");
        assertThat(browser.get("/uploads").statusCode()).isEqualTo(302);

        users().add("stroller", Role.LAB, PASSWORD);
        TestHttp other = http();
        other.signIn("stroller", PASSWORD);
        TestHttp unaffected = http();
        unaffected.signIn("walker", PASSWORD + "-changed");
        assertThat(other.get("/uploads").statusCode()).isEqualTo(200);
        users().disable("stroller");
        assertThat(other.get("/uploads").statusCode()).isEqualTo(302);
        assertThat(unaffected.get("/uploads").statusCode()).isEqualTo(200);
    }

    private static TestHttp http() {
        return TestHttp.of(app);
    }

    private static String token(String user) throws Exception {
        HttpResponse<String> issued = issue(user, null);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return JSON.readTree(issued.body()).get("token").asString();
    }

    private static HttpResponse<String> issue(String user, String body) throws Exception {
        HttpRequest.Builder request =
                http().request("/api/v1/tokens").header("Authorization", TestHttp.basic(user, PASSWORD));
        return http().send(
                        body == null
                                ? request.POST(HttpRequest.BodyPublishers.noBody())
                                : request.header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> bearer(String path, String token) throws Exception {
        return http().send(http().request(path)
                .header("Authorization", "Bearer " + token)
                .GET());
    }
}
