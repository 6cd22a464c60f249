package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thyrobank.platform.database.TestDatabases;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CommandLineTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @ValueSource(strings = {"serve", "import", "call-hotspots", "report", "status", "demo", "user"})
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage:").contains(command);
    }

    @Test
    void withoutACommandTheDefaultIsServe() {
        assertThat(ThyrobankCli.withDefaultCommand(new String[0])).containsExactly("serve");
        assertThat(ThyrobankCli.withDefaultCommand(new String[] {"--port", "9000"}))
                .containsExactly("serve", "--port", "9000");
        assertThat(ThyrobankCli.withDefaultCommand(new String[] {"--help"})).containsExactly("--help");
    }

    @Test
    void statusOnAFreshDataDirShowsZeroCountsAndReusesTheDataNextTime() throws Exception {
        Path dataDir = tempDir.resolve("data");
        for (int start = 1; start <= 2; start++) {
            CliRun run = CliRun.of("status", "--format", "json", "--data-dir", dataDir.toString());
            assertThat(run.exitCode()).as("start %d: %s", start, run.err()).isZero();
            JsonNode counts = JSON.readTree(run.out()).get("counts");
            for (String count :
                    List.of("patients", "specimens", "variants", "hotspot_calls", "qpcr_values", "imported_files")) {
                assertThat(counts.get(count).asLong()).as(count).isZero();
            }
        }
        assertThat(Files.isDirectory(dataDir.resolve("db/thyrobank"))).isTrue();
    }

    @Test
    void statusOnAnExternalDatabaseCreatesItAndShowsZeroCounts() throws Exception {
        assumeTrue(TestDatabases.servers().size() > 1, "no MariaDB at 127.0.0.1:3306");
        try (TestDatabases.FreshDatabase db = TestDatabases.servers().get(1).freshDatabase()) {
            String unborn = db.url() + "_new";
            try {
                CliRun run = CliRun.of("status", "--format", "json", "--db-url", unborn, "--db-user", "root");
                assertThat(run.exitCode()).as(run.err()).isZero();
                assertThat(JSON.readTree(run.out())
                                .get("counts")
                                .get("patients")
                                .asLong())
                        .isZero();
            } finally {
                try (var c = java.sql.DriverManager.getConnection(TestDatabases.EXTERNAL_SERVER, "root", "");
                        var s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS `" + unborn.substring(unborn.lastIndexOf('/') + 1) + "`");
                }
            }
        }
    }

    @Test
    void statusAsTextNamesEveryCount() {
        CliRun run = CliRun.of("status", "--data-dir", tempDir.resolve("data").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "patients",
                        "specimens",
                        "variants",
                        "hotspot calls",
                        "qPCR values",
                        "imported files",
                        "no job has run yet");
    }

    @Test
    void importOfAMissingFolderNamesItAndFails() {
        Path missing = tempDir.resolve("no-such-study");
        CliRun run = CliRun.of(
                "import",
                missing.toString(),
                "--data-dir",
                tempDir.resolve("data").toString());
        assertThat(run.exitCode()).isEqualTo(ThyrobankCli.BAD_INPUT);
        assertThat(run.err())
                .contains(missing.toString())
                .contains("does not exist")
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anEmbeddedServerThatCannotStartIsOneLineNotAStackTrace() throws Exception {
        Path dataDir = tempDir.resolve("data");
        assertThat(CliRun.of("status", "--data-dir", dataDir.toString()).exitCode())
                .isZero();
        // the application context starts beside the server and meets its failure when it makes the DataSource
        Files.writeString(dataDir.resolve("server/11.4.5/bin/mariadbd"), "#!/bin/sh\nexit 3\n");
        CliRun run = CliRun.of("status", "--data-dir", dataDir.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err())
                .contains("embedded MariaDB exited at start (code 3)")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMalformedDatabaseUrlIsABadInputNotAStackTrace() {
        CliRun run = CliRun.of("status", "--db-url", "postgres://nowhere");
        assertThat(run.exitCode()).isEqualTo(ThyrobankCli.BAD_INPUT);
        assertThat(run.err()).contains("--db-url must look like jdbc:mariadb://");
    }
}
