package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remote partition options refused before any database or broker is reached (docs/scale-out.md). */
class WorkerCommandTests {

    @TempDir
    Path temp;

    @Test
    void aWorkerWithoutTheRabbitMqUrlIsBadInput() {
        assumeTrue(System.getenv("THYROBANK_AMQP_URL") == null, "THYROBANK_AMQP_URL is set");
        CliRun run = CliRun.of("worker", "--db-url", "jdbc:mariadb://127.0.0.1:1/none");
        assertThat(run.exitCode()).isEqualTo(ThyrobankCli.BAD_INPUT);
        assertThat(run.err()).contains("worker needs the RabbitMQ URL: --amqp-url");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aRemoteImportWithoutTheRabbitMqUrlIsBadInput() throws Exception {
        assumeTrue(System.getenv("THYROBANK_AMQP_URL") == null, "THYROBANK_AMQP_URL is set");
        Path study = Files.createDirectories(temp.resolve("study"));
        CliRun run = CliRun.of(
                "import", study.toString(), "--partition", "remote", "--db-url", "jdbc:mariadb://127.0.0.1:1/none");
        assertThat(run.exitCode()).isEqualTo(ThyrobankCli.BAD_INPUT);
        assertThat(run.err()).contains("--partition remote needs the RabbitMQ URL");
    }

    @Test
    void aPartitionOtherThanLocalOrRemoteIsRefused() throws Exception {
        Path study = Files.createDirectories(temp.resolve("study"));
        CliRun run = CliRun.of("import", study.toString(), "--partition", "cluster");
        assertThat(run.exitCode()).isEqualTo(ThyrobankCli.BAD_INPUT);
        assertThat(run.err()).contains("--partition").contains("cluster");
    }
}
