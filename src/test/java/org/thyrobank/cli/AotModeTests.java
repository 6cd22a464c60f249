package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thyrobank.platform.database.OpenDatabase;
import org.thyrobank.platform.database.TestDatabases.FreshDatabase;
import org.thyrobank.platform.database.TestDatabases.Server;

/**
 * {@code status} and {@code report} as bin/thyrobank runs them, on the application context generated ahead of time
 * (which the jar's entry point switches on for them, {@link AheadOfTimeContext}; in a process of their own): on a fresh data directory (install, every
 * migration, the application account's grants), on an imported study and on a database given by URL (each test
 * server), answering exactly as without AOT.
 */
class AotModeTests {

    @TempDir
    Path dir;

    @Test
    void statusOnAFreshDataDirCreatesTheSchemaInAotMode() throws Exception {
        Path data = dir.resolve("fresh");
        Run aot = inAotMode("status", "--format", "json", "--data-dir", data.toString());
        assertThat(aot.exit()).as(aot.err()).isZero();
        CliRun plain = CliRun.of("status", "--format", "json", "--data-dir", data.toString());
        assertThat(aot.out()).isEqualTo(plain.out());
        assertThat(aot.err()).isEmpty();
    }

    /** On a database given by URL (no application account): the schema made by the first run, found current after. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.thyrobank.platform.database.TestDatabases#servers")
    void statusByUrlMigratesOnceInAotModeAndAnswersAsWithoutAot(Server server) throws Exception {
        try (FreshDatabase db = server.freshDatabase()) {
            String[] args = {
                "status",
                "--format",
                "json",
                "--db-url",
                db.url(),
                "--db-user",
                server.user(),
                "--db-password",
                db.password()
            };
            Run migrating = inAotMode(args);
            assertThat(migrating.exit()).as(migrating.err()).isZero();
            Path classes = dir.resolve("classes-" + server.name() + ".txt");
            Run current = inAotMode(List.of("-Xlog:class+load:file=" + classes), args);
            assertThat(current.exit()).as(current.err()).isZero();
            assertThat(Files.readString(classes)).doesNotContain("org.flywaydb.core.Flyway ");
            assertThat(current.out()).isEqualTo(CliRun.of(args).out());
            assertThat(current.err()).isEmpty();
        }
    }

    @Test
    void statusAndReportOnAnImportedStudyAnswerAsWithoutAot() throws Exception {
        Path data = dir.resolve("data");
        Path study = StudyExample.writeTo(dir.resolve("study"));
        CliRun imported = CliRun.of("import", study.toString(), "--data-dir", data.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        for (List<String> command : List.of(
                List.of("status", "--format", "json"),
                List.of("report", "--format", "json"),
                List.of("report", "--format", "tsv", "--include-preliminary"))) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--data-dir", data.toString()));
            Run aot = inAotMode(args.toArray(String[]::new));
            assertThat(aot.exit()).as("%s: %s", command, aot.err()).isZero();
            CliRun plain = CliRun.of(args.toArray(String[]::new));
            assertThat(withoutGenerationTime(aot.out()))
                    .as(command.toString())
                    .isEqualTo(withoutGenerationTime(plain.out()));
            assertThat(aot.err()).as(command.toString()).isEmpty();
        }
    }

    @Test
    void onACurrentSchemaStatusMakesNoFlywayButGivesLostGrantsBackAndAfterAnEditedMigrationFailsAsFlywayDoes()
            throws Exception {
        Path data = dir.resolve("data");
        CliRun created = CliRun.of("status", "--data-dir", data.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        Path classes = dir.resolve("classes.txt");
        Run current = inAotMode(
                List.of("-Xlog:class+load:file=" + classes),
                "status",
                "--format",
                "json",
                "--data-dir",
                data.toString());
        assertThat(current.exit()).as(current.err()).isZero();
        assertThat(Files.readString(classes))
                .as("the schema is current: Flyway is not made")
                .contains("org.thyrobank.platform.database.MigrateWhenBehind ")
                .doesNotContain("org.flywaydb.core.Flyway ");

        try (OpenDatabase db = OpenDatabase.embedded(data);
                Connection root = DriverManager.getConnection(
                        db.url(), "root", (String) db.springProperties().get("spring.flyway.password"));
                Statement s = root.createStatement()) {
            // as in a restored backup's new data directory: the account exists, its grants were not in the dump
            s.execute("REVOKE ALL PRIVILEGES, GRANT OPTION FROM '"
                    + db.springProperties().get("spring.datasource.username") + "'@'127.0.0.1'");
        }
        Run withoutGrants = inAotMode("status", "--data-dir", data.toString());
        assertThat(withoutGrants.exit())
                .as("the account's lost grants are given back on a current schema: " + withoutGrants.err())
                .isZero();

        try (OpenDatabase db = OpenDatabase.embedded(data);
                Connection root = DriverManager.getConnection(
                        db.url(), "root", (String) db.springProperties().get("spring.flyway.password"));
                Statement s = root.createStatement()) {
            s.execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '3'");
        }
        CliRun plain = CliRun.of("status", "--data-dir", data.toString());
        Run aot = inAotMode("status", "--data-dir", data.toString());
        assertThat(plain.exitCode()).isNotZero();
        assertThat(plain.err()).contains("checksum mismatch");
        assertThat(aot.exit())
                .as("Flyway validates the history it cannot vouch for")
                .isEqualTo(plain.exitCode());
        assertThat(aot.err()).contains("checksum mismatch").contains("version 3");
    }

    /** The report states when it was made, to the second (JSON; TSV as {@code provenance.generated_at<TAB>...}). */
    private static String withoutGenerationTime(String output) {
        return output.replaceAll("\"generated_at\"\\s*:\\s*\"[^\"]*\"", "")
                .replaceAll("(?m)^\\S*generated_at\t.*$", "");
    }

    private record Run(int exit, String out, String err) {}

    private Run inAotMode(String... args) throws IOException, InterruptedException {
        return inAotMode(List.of(), args);
    }

    /** The command run by the jar's entry point, which switches AOT on for status and report (no JVM option). */
    private Run inAotMode(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ThyrobankCli.class.getName()));
        command.addAll(List.of(args));
        Path err = dir.resolve("err.txt");
        Process process =
                new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        return new Run(exit, out, Files.readString(err));
    }
}
