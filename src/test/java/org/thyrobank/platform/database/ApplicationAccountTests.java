package org.thyrobank.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.thyrobank.cli.SpringContexts;

/**
 * On the embedded server the service connects with the application account, which may read and write rows but
 * not change the schema, grant, or rewrite the audit trail; Flyway migrates as root.
 */
class ApplicationAccountTests {

    @TempDir
    Path tempDir;

    @Test
    void theServiceConnectsWithTheApplicationAccountWhichCanNeitherRewriteTheAuditNorChangeTheSchema()
            throws Exception {
        try (OpenDatabase db = OpenDatabase.embedded(tempDir.resolve("data"))) {
            try (ConfigurableApplicationContext context = SpringContexts.start(db, WebApplicationType.NONE, Map.of());
                    Connection c = context.getBean(DataSource.class).getConnection();
                    Statement s = c.createStatement()) {
                assertThat(firstString(s, "SELECT CURRENT_USER()"))
                        .isEqualTo(EmbeddedCredentials.APPLICATION_USER + "@127.0.0.1");
            }
            try (Connection c = DriverManager.getConnection(
                            db.url(), "root", (String) db.springProperties().get("spring.flyway.password"));
                    Statement s = c.createStatement()) {
                assertThat(firstString(s, "SELECT installed_by FROM flyway_schema_history WHERE version = '1'"))
                        .as("Flyway migrated as root")
                        .isEqualTo("root");
            }
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                    Statement s = c.createStatement()) {
                s.execute("INSERT INTO audit_event (happened, actor, action, detail)"
                        + " VALUES (NOW(), 'tester', 'TEST', 'kept')");
                assertThat(firstString(s, "SELECT detail FROM audit_event WHERE actor = 'tester'"))
                        .isEqualTo("kept");
                s.execute("INSERT INTO patient (patient_id, centre) VALUES ('P-1', 'C')");
                assertThat(s.executeUpdate("DELETE FROM patient WHERE patient_id = 'P-1'"))
                        .as("ordinary tables: rows may be deleted")
                        .isEqualTo(1);

                for (String refused : new String[] {
                    "DELETE FROM audit_event",
                    "UPDATE audit_event SET detail = 'forged'",
                    "DELETE FROM BATCH_JOB_INSTANCE",
                    "DROP TABLE audit_event",
                    "DROP TABLE patient",
                    "ALTER TABLE patient ADD COLUMN smuggled INT",
                    "CREATE TABLE smuggled (v INT)",
                    "DELETE FROM flyway_schema_history",
                    "CREATE USER 'intruder'@'%' IDENTIFIED BY 'x1234567'",
                    "GRANT SELECT ON thyrobank.patient TO 'nobody'@'%'",
                    "DROP DATABASE thyrobank"
                }) {
                    assertThatThrownBy(() -> s.execute(refused))
                            .as(refused)
                            .isInstanceOf(SQLException.class)
                            .hasMessageContaining("denied");
                }
                assertThat(firstString(s, "SELECT detail FROM audit_event WHERE actor = 'tester'"))
                        .isEqualTo("kept");
            }
        }
    }

    @Test
    void aSecondStartOnTheSameDataDirMigratesNothingAndStillConnectsAsTheApplicationAccount() throws Exception {
        Path dataDir = tempDir.resolve("data");
        for (int start = 1; start <= 2; start++) {
            try (OpenDatabase db = OpenDatabase.embedded(dataDir);
                    ConfigurableApplicationContext context =
                            SpringContexts.start(db, WebApplicationType.NONE, Map.of());
                    Connection c = context.getBean(DataSource.class).getConnection();
                    Statement s = c.createStatement()) {
                assertThat(firstString(s, "SELECT CURRENT_USER()"))
                        .as("start %d", start)
                        .isEqualTo(EmbeddedCredentials.APPLICATION_USER + "@127.0.0.1");
                assertThat(firstString(s, "SELECT COUNT(*) FROM app_user")).isNotNull();
            }
        }
    }

    @Test
    void aStartOnACurrentSchemaGrantsAgainOnlyWhatTheAccountLacks() throws Exception {
        Path dataDir = tempDir.resolve("data");
        String rootPassword;
        try (OpenDatabase db = OpenDatabase.embedded(dataDir);
                ConfigurableApplicationContext context = SpringContexts.start(db, WebApplicationType.NONE, Map.of())) {
            rootPassword = (String) db.springProperties().get("spring.flyway.password");
            try (Connection c = DriverManager.getConnection(db.url(), "root", rootPassword);
                    Statement s = c.createStatement()) {
                // what a data directory whose grants were lost, or a newer build with other grants, looks like
                s.execute("REVOKE DELETE ON thyrobank.patient FROM '" + EmbeddedCredentials.APPLICATION_USER
                        + "'@'127.0.0.1'");
            }
        }
        try (OpenDatabase db = OpenDatabase.embedded(dataDir);
                ConfigurableApplicationContext context = SpringContexts.start(db, WebApplicationType.NONE, Map.of());
                Connection c = context.getBean(DataSource.class).getConnection();
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO patient (patient_id, centre) VALUES ('P-2', 'C')");
            assertThat(s.executeUpdate("DELETE FROM patient WHERE patient_id = 'P-2'"))
                    .as("the revoked privilege is granted again although no migration ran")
                    .isEqualTo(1);
        }
    }

    private static String firstString(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }
}
