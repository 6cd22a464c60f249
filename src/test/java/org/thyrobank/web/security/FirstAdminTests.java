package org.thyrobank.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.thyrobank.cli.SpringContexts;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.users.Role;
import org.thyrobank.platform.users.Users;
import org.thyrobank.web.TestHttp;

class FirstAdminTests {

    private static final Pattern PRINTED =
            Pattern.compile("created the sign-in 'admin' \\(ADMIN\\) with password (\\S+)");

    @Test
    void theFirstStartCreatesAdminAndPrintsItsPasswordOnceTheSecondStartPrintsNothing() throws Exception {
        try (TestDatabases.FreshDatabase db = TestDatabases.embeddedServer().freshDatabase()) {
            String first = stderrOfAStart(db, null);
            Matcher m = PRINTED.matcher(first);
            assertThat(m.find()).as(first).isTrue();
            String password = m.group(1);
            assertThat(password).hasSize(20);

            String second = stderrOfAStart(db, password);
            assertThat(second).doesNotContain("created the sign-in").doesNotContain(password);

            try (Connection c = TestDatabases.connect(db.url());
                    ResultSet rs = c.createStatement()
                            .executeQuery("SELECT password_hash, role FROM app_user WHERE name = 'admin'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("password_hash")).startsWith("$2").doesNotContain(password);
                assertThat(new BCryptPasswordEncoder().matches(password, rs.getString("password_hash")))
                        .isTrue();
                assertThat(rs.getString("role")).isEqualTo("ADMIN");
            }
        }
    }

    @Test
    void aDatabaseWithOnlyALabSignInStillGetsAnAdminAtTheFirstStart() throws Exception {
        try (TestDatabases.FreshDatabase db = TestDatabases.embeddedServer().freshDatabase()) {
            try (ConfigurableApplicationContext cli =
                    SpringContexts.start(db.database(), WebApplicationType.NONE, Map.of())) {
                cli.getBean(Users.class).add("bench", Role.LAB, "bench-password-1");
            }
            assertThat(PRINTED.matcher(stderrOfAStart(db, null)).find()).isTrue();
        }
    }

    /** Starts the web service on the database, and when given the admin's password checks that it signs in. */
    private static String stderrOfAStart(TestDatabases.FreshDatabase db, String adminPassword) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (ConfigurableApplicationContext context =
                SpringContexts.start(db.database(), WebApplicationType.SERVLET, Map.of("server.port", 0))) {
            if (adminPassword != null) {
                assertThat(TestHttp.of(context)
                                .get("/api/v1/status", "admin", adminPassword)
                                .statusCode())
                        .isEqualTo(200);
            }
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
