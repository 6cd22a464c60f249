package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code backup} and {@code restore} of the embedded database: the study example, backed up and restored into a new
 * data directory, reports the same and has the same status counts; what restore refuses, it names.
 */
class BackupRestoreCommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path work;

    private static Path original;
    private static Path backup;

    @BeforeAll
    static void importTheExampleAndBackItUp() throws Exception {
        original = work.resolve("original-data");
        Path study = StudyExample.writeTo(work.resolve("study"));
        CliRun imported = CliRun.of("import", study.toString(), "--data-dir", original.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        backup = work.resolve("thyrobank.sql");
        CliRun run = CliRun.of("backup", backup.toString(), "--data-dir", original.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void aRestoredDataDirectoryReportsTheSame() {
        Path restored = work.resolve("restored-data");
        CliRun run = CliRun.of("restore", backup.toString(), "--data-dir", restored.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("restored " + backup);

        assertThat(reportJson(restored)).isEqualTo(reportJson(original));
        JsonNode counts = statusCounts(restored);
        assertThat(counts).isEqualTo(statusCounts(original));
        assertThat(counts.get("variants").asLong()).isPositive();
    }

    @Test
    void aDataDirectoryThatHoldsADatabaseIsNotOverwritten() {
        CliRun run = CliRun.of("restore", backup.toString(), "--data-dir", original.toString());
        assertThat(run.exitCode()).isEqualTo(ThyrobankCli.BAD_INPUT);
        assertThat(run.err()).contains("tables already: restore into a new --data-dir");
    }

    @Test
    void aFileThatIsNotABackupIsRefusedByName() throws Exception {
        Path notABackup = Files.writeString(work.resolve("patients.csv"), "patient_id,centre\nMI-001,MILAN\n");
        CliRun run = CliRun.of(
                "restore",
                notABackup.toString(),
                "--data-dir",
                work.resolve("never-restored").toString());
        assertThat(run.exitCode()).isEqualTo(ThyrobankCli.BAD_INPUT);
        assertThat(run.err()).contains(notABackup + ": line 1: found 'patient_id,centre'");
    }

    @Test
    void aBrokenStatementIsReportedWithItsLine() throws Exception {
        Path broken = Files.writeString(
                work.resolve("broken.sql"), "-- MariaDB dump 10.19\nCREATE TABLE t (id INT);\nNOT SQL AT ALL;\n");
        CliRun run = CliRun.of(
                "restore",
                broken.toString(),
                "--data-dir",
                work.resolve("broken-data").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(broken + ": line 3: ");
    }

    @Test
    void anExternalDatabaseIsLeftToItsOwnTools() {
        CliRun run =
                CliRun.of("backup", work.resolve("x.sql").toString(), "--db-url", "jdbc:mariadb://127.0.0.1:3306/test");
        assertThat(run.exitCode()).isEqualTo(ThyrobankCli.BAD_INPUT);
        assertThat(run.err()).contains("backup works on the embedded database");
    }

    private static JsonNode reportJson(Path dataDir) {
        CliRun run = CliRun.of("report", "--format", "json", "--data-dir", dataDir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        // When and for whom differ between two runs; the inputs, their import times and the data version do not.
        ((ObjectNode) report.get("provenance")).remove(List.of("generated_at", "generated_by"));
        return report;
    }

    private static JsonNode statusCounts(Path dataDir) {
        CliRun run = CliRun.of("status", "--format", "json", "--data-dir", dataDir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out()).get("counts");
    }
}
