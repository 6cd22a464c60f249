package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.platform.database.TestDatabases;

/** What the command line does to the study's data is audited, as the operating-system account marked {@code cli:}. */
class CommandLineAuditTests {

    private static final String ACTOR = "cli:" + System.getProperty("user.name");

    private TestDatabases.FreshDatabase db;

    @TempDir
    Path dir;

    @BeforeEach
    void freshDatabase() {
        db = TestDatabases.embeddedServer().freshDatabase();
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void importExportReportAndUserCommandsAreAuditedWithTheOsAccountAndWithoutDatabaseOptions() throws Exception {
        Path study = Files.createDirectories(dir.resolve("study"));
        Path out = dir.resolve("out");
        // an empty folder: the import finds nothing to import (exit 1), and is audited all the same
        CliRun imported = CliRun.of("import", study.toString(), "--db-url", db.url(), "--db-password", db.password());
        CliRun exported = CliRun.of(
                "export",
                "--format",
                "csv",
                out.toString(),
                "--db-url",
                db.url(),
                "--db-password",
                db.password(),
                "--db-user",
                "root");
        CliRun.of("report", "--db-url", db.url(), "--db-password", db.password());
        assertThat(CliRun.of(
                                "user",
                                "add",
                                "anna",
                                "--role",
                                "LAB",
                                "--db-url",
                                db.url(),
                                "--db-password",
                                db.password())
                        .exitCode())
                .isZero();
        CliRun revoke =
                CliRun.of("user", "revoke-tokens", "anna", "--db-url", db.url(), "--db-password", db.password());
        assertThat(revoke.exitCode()).as(revoke.err()).isZero();
        assertThat(revoke.out()).contains("revoked 0 token(s) of anna");

        List<String[]> entries = audit();
        assertThat(entries).as(imported.err() + exported.err()).hasSize(5);
        assertThat(entries).extracting(e -> e[0]).containsOnly(ACTOR);
        assertThat(entries)
                .extracting(e -> e[1] + " " + e[2])
                .containsExactly(
                        "IMPORT_STARTED thyrobank import " + study,
                        "EXPORT_REQUESTED thyrobank export --format csv " + out,
                        "REPORT_REQUESTED thyrobank report",
                        "USER_ADDED anna (LAB)",
                        "TOKENS_REVOKED anna: 0 token(s)");
        assertThat(entries).allSatisfy(e -> assertThat(e[2]).doesNotContain(db.name(), "root"));
    }

    @Test
    void aResetRevokesTheTokensInTheSameStepAndSaysSo() throws Exception {
        CliRun.of("user", "add", "ben", "--role", "LAB", "--db-url", db.url(), "--db-password", db.password());
        try (Connection c = TestDatabases.connect(db.url());
                var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO api_token (user_name, token_hash, created, expires)"
                    + " VALUES ('ben', REPEAT('a', 64), NOW(), NOW() + INTERVAL 1 DAY)");
        }
        assertThat(CliRun.of("user", "reset", "ben", "--db-url", db.url(), "--db-password", db.password())
                        .exitCode())
                .isZero();
        try (Connection c = TestDatabases.connect(db.url());
                var s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT revoked IS NOT NULL FROM api_token WHERE user_name = 'ben'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).isTrue();
        }
        assertThat(audit())
                .anySatisfy(e -> assertThat(e[1] + " " + e[2]).isEqualTo("PASSWORD_RESET ben (1 token(s) revoked)"));
    }

    private List<String[]> audit() throws Exception {
        List<String[]> entries = new ArrayList<>();
        try (Connection c = TestDatabases.connect(db.url());
                var s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT actor, action, detail FROM audit_event ORDER BY id")) {
            while (rs.next()) {
                entries.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        return entries;
    }
}
