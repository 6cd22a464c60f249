package org.thyrobank.web.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.thyrobank.cli.SpringContexts;
import org.thyrobank.platform.database.TestDatabases;

class InterruptedUploadsTests {

    @Test
    void anUploadLeftRunningByAStoppedServiceIsFailedAtTheNextWebStartButNotByACommandLineContext() throws Exception {
        try (TestDatabases.FreshDatabase db = TestDatabases.embeddedServer().freshDatabase()) {
            SpringContexts.start(db.database(), WebApplicationType.NONE, Map.of())
                    .close();
            execute(
                    db,
                    "INSERT INTO upload (id, original_name, kind, study_dir, uploaded_by, state, created)"
                            + " VALUES ('u-1', 'PL01.csv', 'QPCR_PLATE', '/tmp/u-1', 'lab', 'RUNNING', NOW(6))");

            SpringContexts.start(db.database(), WebApplicationType.NONE, Map.of())
                    .close();
            assertThat(state(db)).isEqualTo("RUNNING");

            try (ConfigurableApplicationContext web =
                    SpringContexts.start(db.database(), WebApplicationType.SERVLET, Map.of("server.port", 0))) {
                assertThat(state(db)).isEqualTo("FAILED");
            }
        }
    }

    private static void execute(TestDatabases.FreshDatabase db, String sql) throws Exception {
        try (Connection c = TestDatabases.connect(db.url())) {
            c.createStatement().execute(sql);
        }
    }

    private static String state(TestDatabases.FreshDatabase db) throws Exception {
        try (Connection c = TestDatabases.connect(db.url());
                ResultSet rs = c.createStatement().executeQuery("SELECT state, message FROM upload WHERE id = 'u-1'")) {
            rs.next();
            assertThat(rs.getString("state").equals("RUNNING")
                            || rs.getString("message").startsWith("interrupted"))
                    .isTrue();
            return rs.getString("state");
        }
    }
}
