package org.thyrobank.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.cli.CliRun;
import org.thyrobank.cli.ThyrobankCli;
import org.thyrobank.platform.database.TestDatabases;

/**
 * Two {@code thyrobank import} processes started together on the same study and the same external MariaDB end with
 * the rows of one import: for every file one of them says imported and the other, having waited for the file's lock,
 * unchanged. Repeated, since which process takes which file first is left to chance.
 */
class ConcurrentImportTests {

    private static final int ROUNDS = 3;
    private static final List<String> TABLES = List.of(
            "patient",
            "specimen",
            "lesion",
            "assessment",
            "patient_outcome",
            "clinical_source_file",
            "variant",
            "hotspot_call",
            "sequencing_file",
            "qpcr_plate",
            "qpcr_value",
            "imported_file");

    @TempDir
    static Path temp;

    private static TestDatabases.Server external;
    private static Path study;
    private static Map<String, Long> oneImport;

    @BeforeAll
    static void importTheExampleOnce() throws SQLException {
        external = TestDatabases.servers().stream()
                .filter(s -> s.name().equals("external"))
                .findFirst()
                .orElse(null);
        assumeTrue(external != null, "no MariaDB at 127.0.0.1:3306");
        study = ExampleStudyFolder.whole(temp.resolve("study"));
        try (TestDatabases.FreshDatabase db = external.freshDatabase()) {
            CliRun once = CliRun.of("import", study.toString(), "--db-url", db.url());
            assertThat(once.exitCode()).as(once.err()).isZero();
            oneImport = counts(db.url());
        }
        assertThat(oneImport.get("variant")).isPositive();
        assertThat(oneImport.get("qpcr_value")).isPositive();
    }

    @Test
    void twoProcessesImportingTheSameStudyEndWithTheRowsOfOne() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            try (TestDatabases.FreshDatabase db = external.freshDatabase()) {
                CliRun migrate = CliRun.of("status", "--db-url", db.url());
                assertThat(migrate.exitCode()).as(migrate.err()).isZero();

                List<Process> processes = new ArrayList<>();
                for (int p = 1; p <= 2; p++) {
                    processes.add(startImport(db.url(), temp.resolve("round" + round + "-" + p)));
                }
                List<Map<String, String>> outcomes = new ArrayList<>();
                for (int p = 1; p <= 2; p++) {
                    Process process = processes.get(p - 1);
                    Path log = temp.resolve("round" + round + "-" + p);
                    assertThat(process.waitFor(10, TimeUnit.MINUTES))
                            .as("import %d of round %d ended", p, round)
                            .isTrue();
                    assertThat(process.exitValue())
                            .as("round %d, import %d: %s", round, p, Files.readString(log.resolve("err")))
                            .isZero();
                    outcomes.add(outcomesByFile(Files.readAllLines(log.resolve("out"))));
                }

                assertThat(outcomes.get(1).keySet()).isEqualTo(outcomes.get(0).keySet());
                for (String file : outcomes.get(0).keySet()) {
                    List<String> both =
                            List.of(outcomes.get(0).get(file), outcomes.get(1).get(file));
                    if (both.contains("skipped")) {
                        assertThat(both).as("round %d, %s", round, file).containsExactly("skipped", "skipped");
                    } else {
                        assertThat(both)
                                .as("round %d, %s", round, file)
                                .containsExactlyInAnyOrder("imported", "unchanged");
                    }
                }
                assertThat(counts(db.url())).as("round %d", round).isEqualTo(oneImport);
                assertThat(
                                count(
                                        db.url(),
                                        "SELECT COUNT(*) FROM variant v JOIN sequencing_file f"
                                                + " ON f.source_file = v.source_file AND f.job_execution_id = v.job_execution_id"))
                        .as("round %d: every variant row belongs to its file's stored execution", round)
                        .isEqualTo(oneImport.get("variant"));
            }
        }
    }

    /** {@code thyrobank import} in a JVM of its own; its output goes to {@code log/out} and {@code log/err}. */
    private static Process startImport(String url, Path log) throws IOException {
        Files.createDirectories(log);
        return new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ThyrobankCli.class.getName(),
                        "import",
                        study.toString(),
                        "--db-url",
                        url)
                .redirectOutput(log.resolve("out").toFile())
                .redirectError(log.resolve("err").toFile())
                .start();
    }

    /** The import's lines as file -> outcome word ({@code imported}, {@code unchanged}, ...). */
    private static Map<String, String> outcomesByFile(List<String> lines) {
        Map<String, String> byFile = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.split(": ", 3);
            if (parts.length >= 2 && !parts[0].isBlank() && !parts[0].contains(" ")) {
                byFile.put(parts[0], parts[1]);
            }
        }
        return byFile;
    }

    private static Map<String, Long> counts(String url) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : TABLES) {
            counts.put(table, count(url, "SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "root", "");
                Statement s = c.createStatement();
                ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
