package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.users.Users;
import org.thyrobank.web.TestHttp;

/** The serving demo creates 'lab' and 'researcher' and prints their passwords once; they sign in with their roles. */
class DemoUsersTests {

    private static final Pattern CREATED =
            Pattern.compile("created the sign-in '(\\w+)' \\((\\w+)\\) with password (\\S+)");

    @Test
    void theDemoUsersArePrintedOnceAndSignInWithTheirRoles() throws Exception {
        try (TestApplication app = TestApplication.start(
                TestDatabases.embeddedServer(), WebApplicationType.SERVLET, Map.of("server.port", 0))) {
            StringWriter first = new StringWriter();
            DemoCommand.createDemoUsers(app.bean(Users.class), new PrintWriter(first));
            Map<String, String> passwords = new java.util.HashMap<>();
            Matcher m = CREATED.matcher(first.toString());
            while (m.find()) {
                passwords.put(m.group(1) + "/" + m.group(2), m.group(3));
            }
            assertThat(passwords).containsOnlyKeys("lab/LAB", "researcher/RESEARCHER");

            TestHttp http = TestHttp.of(app);
            assertThat(http.get("/api/v1/uploads", "lab", passwords.get("lab/LAB"))
                            .statusCode())
                    .isEqualTo(200);
            assertThat(http.get("/api/v1/uploads", "researcher", passwords.get("researcher/RESEARCHER"))
                            .statusCode())
                    .isEqualTo(403);
            assertThat(http.get("/api/v1/report", "researcher", passwords.get("researcher/RESEARCHER"))
                            .statusCode())
                    .isEqualTo(404);
            assertThat(http.get("/api/v1/report", "researcher", "not the password")
                            .statusCode())
                    .isEqualTo(401);

            StringWriter second = new StringWriter();
            DemoCommand.createDemoUsers(app.bean(Users.class), new PrintWriter(second));
            assertThat(second.toString())
                    .contains("'lab' exists already", "'researcher' exists already")
                    .doesNotContain("with password");
            assertThat(http.get("/api/v1/uploads", "lab", passwords.get("lab/LAB"))
                            .statusCode())
                    .isEqualTo(200);
        }
    }
}
