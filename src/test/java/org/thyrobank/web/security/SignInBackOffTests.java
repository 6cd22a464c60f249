package org.thyrobank.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditEntry;
import org.thyrobank.platform.audit.AuditLog;
import org.thyrobank.platform.audit.AuditQuery;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.users.Role;
import org.thyrobank.platform.users.Users;
import org.thyrobank.web.TestHttp;

/** Password guessing backs off per name (429 with a growing Retry-After) and fills the audit log one burst a row. */
class SignInBackOffTests {

    private static final String PASSWORD = "back-off-password-1";
    private static TestApplication app;

    @BeforeAll
    static void serve() {
        app = TestApplication.start(
                TestDatabases.embeddedServer(),
                WebApplicationType.SERVLET,
                Map.of(
                        "server.port", 0,
                        "thyrobank.sign-in.window", "15s",
                        "thyrobank.sign-in.first-back-off", "3s",
                        // the address limit has its own test: here every name fails from 127.0.0.1
                        "thyrobank.sign-in.max-failures-per-address", "1000"));
        Users users = app.bean(Users.class);
        users.add("target", Role.LAB, PASSWORD);
        users.add("formuser", Role.LAB, PASSWORD);
        users.add("neighbour", Role.LAB, PASSWORD);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static TestHttp http() {
        return TestHttp.of(app);
    }

    @Test
    void fiveWrongPasswordsBackTheNameOffWithAGrowingRetryAfterAndOneAuditRowPerBurst() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(http().get("/api/v1/uploads", "target", "wrong-" + i).statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> refused = http().get("/api/v1/uploads", "target", PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(retryAfter(refused)).isBetween(1, 3);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"status\":429", "Too many failed sign-ins");
        // another name is not held back by this one's failures
        assertThat(http().get("/api/v1/uploads", "neighbour", PASSWORD).statusCode())
                .isEqualTo(200);

        Thread.sleep(3100);
        assertThat(http().get("/api/v1/uploads", "target", "wrong-again").statusCode())
                .isEqualTo(401);
        HttpResponse<String> longer = http().get("/api/v1/uploads", "target", PASSWORD);
        assertThat(longer.statusCode()).isEqualTo(429);
        // doubled: 6 s from the sixth failure
        assertThat(retryAfter(longer)).isBetween(4, 6);

        List<AuditEntry> soFar = failures("target");
        assertThat(soFar).hasSize(1);
        assertThat(soFar.get(0).detail()).contains("BadCredentialsException", "from 127.0.0.1");

        // once the burst's window closes, its other attempts become one row
        List<AuditEntry> after = failures("target");
        for (int waited = 0; after.size() < 2 && waited < 200; waited++) {
            Thread.sleep(100);
            after = failures("target");
        }
        assertThat(after).hasSize(2);
        assertThat(after.get(0).detail())
                .isEqualTo("7 more failed sign-in(s), from 127.0.0.1 within 15 s of the first"
                        + " (2 refused while backed off)");

        assertThat(http().get("/api/v1/uploads", "target", PASSWORD).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theSignInFormBacksOffToo() throws Exception {
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = http().signIn("formuser", "wrong-" + i);
            assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }
        HttpResponse<String> refused = http().signIn("formuser", PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(retryAfter(refused)).isBetween(1, 3);
        assertThat(refused.body()).contains("Too many failed sign-ins", "href=\"/login\"");
    }

    private static int retryAfter(HttpResponse<String> response) {
        return Integer.parseInt(response.headers().firstValue("Retry-After").orElseThrow());
    }

    private static List<AuditEntry> failures(String actor) {
        return app.bean(AuditLog.class).find(new AuditQuery(actor, AuditAction.SIGN_IN_FAILED, null, null, 100, 0));
    }
}
