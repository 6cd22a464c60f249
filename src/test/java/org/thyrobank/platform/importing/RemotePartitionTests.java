package org.thyrobank.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.cli.CliRun;
import org.thyrobank.cli.ThyrobankCli;
import org.thyrobank.platform.database.TestDatabases;

/**
 * {@code import --partition remote} with {@code thyrobank worker} processes over the RabbitMQ at 127.0.0.1:5672 and
 * the MariaDB at 127.0.0.1:3306 (both skipped with a message when they do not answer): two workers store exactly
 * what an in-process import stores, row for row; a worker SIGKILLed while it holds a partition leaves it to the
 * other, with no row twice and none missing; with no worker, the file is rejected after the timeout and nothing of
 * it is kept. Four VCFs of the example are lengthened (records far from any hotspot) so that a partition lasts long
 * enough to be killed in.
 */
class RemotePartitionTests {

    private static final String RABBIT = "amqp://guest:guest@127.0.0.1:5672";
    private static final int PADDING_RECORDS = 30_000;
    private static final List<String> PADDED = List.of("T-MI-001.vcf", "T-MI-002.vcf", "T-MI-003.vcf", "T-MI-004.vcf");
    private static final String VARIANT_ROWS = "SELECT source_file, run_id, specimen_id, sample, chrom, pos, ref, alt,"
            + " filter, depth, alt_reads, vaf, caller FROM variant";
    private static final String CALL_ROWS = "SELECT source_file, run_id, specimen_id, sample, hotspot, gene, status,"
            + " reason, depth, alt_reads, vaf, genome_build, min_depth, min_alt_reads, min_vaf FROM hotspot_call";

    @TempDir
    static Path temp;

    private static TestDatabases.Server external;
    private static Path study;
    private static List<String> localVariants;
    private static List<String> localCalls;
    private static Map<String, Long> localFiles;

    private final List<Process> workers = new ArrayList<>();

    @BeforeAll
    static void importInProcessOnce() throws Exception {
        external = TestDatabases.servers().stream()
                .filter(s -> s.name().equals("external"))
                .findFirst()
                .orElse(null);
        assumeTrue(external != null, "no MariaDB at 127.0.0.1:3306: remote partitions need a database workers share");
        assumeTrue(answers(5672), "no RabbitMQ at 127.0.0.1:5672 (.ci/run starts it: rabbitmq-server -detached)");
        study = ExampleStudyFolder.whole(temp.resolve("study"));
        for (String vcf : PADDED) {
            pad(study.resolve("sequencing/R01").resolve(vcf));
        }
        try (TestDatabases.FreshDatabase db = external.freshDatabase()) {
            CliRun local = CliRun.of("import", study.toString(), "--db-url", db.url());
            assertThat(local.exitCode()).as(local.err()).isZero();
            localVariants = rows(db.url(), VARIANT_ROWS);
            localCalls = rows(db.url(), CALL_ROWS);
            localFiles = fileCounts(db.url());
        }
        assertThat(localVariants).hasSizeGreaterThan(PADDED.size() * PADDING_RECORDS);
        assertThat(localCalls).isNotEmpty();
    }

    @AfterEach
    void stopWorkers() throws InterruptedException {
        for (Process worker : workers) {
            worker.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void twoWorkersStoreWhatAnInProcessImportStores() throws Exception {
        Path settings = jobSettings("workers=2", "remote-timeout-seconds=600");
        try (TestDatabases.FreshDatabase db = external.freshDatabase()) {
            migrate(db.url());
            Path log1 = startWorker(db.url(), settings, "two-1");
            Path log2 = startWorker(db.url(), settings, "two-2");

            CliRun remote = importRemotely(db.url(), settings);

            assertThat(remote.exitCode()).as(remote.out() + remote.err()).isZero();
            assertThat(rows(db.url(), VARIANT_ROWS)).isEqualTo(localVariants);
            assertThat(rows(db.url(), CALL_ROWS)).isEqualTo(localCalls);
            assertThat(fileCounts(db.url())).isEqualTo(localFiles);
            assertThat(everyVariantIsItsFilesOwn(db.url())).isTrue();
            assertThat(Files.readString(log1)).as("worker 1 took partitions").contains("ended partition");
            assertThat(Files.readString(log2)).as("worker 2 took partitions").contains("ended partition");
        }
    }

    /**
     * Two VCFs at a time, each as 3 contig shares stored by 3 threads: the same rows and calls as whole files one at a
     * time. (The step's reader and writer are step-scoped: shared by concurrent partitions, they mixed up files.)
     */
    @Test
    void contigSharesInProcessStoreWhatWholeFilesStore() throws Exception {
        Path settings = jobSettings("partitions-per-vcf=3", "workers=2", "chunk-size=2000");
        try (TestDatabases.FreshDatabase db = external.freshDatabase()) {
            CliRun shared =
                    CliRun.of("import", study.toString(), "--db-url", db.url(), "--job-settings", settings.toString());

            assertThat(shared.exitCode()).as(shared.out() + shared.err()).isZero();
            assertThat(rows(db.url(), VARIANT_ROWS)).isEqualTo(localVariants);
            assertThat(rows(db.url(), CALL_ROWS)).isEqualTo(localCalls);
            assertThat(fileCounts(db.url())).isEqualTo(localFiles);
            assertThat(rows(db.url(), "SELECT DISTINCT STEP_NAME FROM BATCH_STEP_EXECUTION"))
                    .contains("storeVariantsPartition:contigs-3-of-3\t");
        }
    }

    /**
     * Each VCF split into 2 contig shares, so the killed worker's partition is re-run while the other worker may be
     * storing the other share of the same file: the re-run deletes only its own share's rows.
     */
    @Test
    void aWorkerKilledMidPartitionLeavesItToTheOtherWithNoRowTwiceAndNoneMissing() throws Exception {
        Path settings =
                jobSettings("workers=2", "remote-timeout-seconds=600", "chunk-size=500", "partitions-per-vcf=2");
        try (TestDatabases.FreshDatabase db = external.freshDatabase()) {
            migrate(db.url());
            Path log1 = startWorker(db.url(), settings, "kill-1");
            Path log2 = startWorker(db.url(), settings, "kill-2");
            Process importing = startImport(db.url(), settings, temp.resolve("kill-import"));

            // kill worker 1 while the last thing it said is that it took a lengthened VCF
            String taken = awaitLine(
                    log1,
                    lines -> !lines.isEmpty()
                            && lines.get(lines.size() - 1).startsWith("took partition")
                            && PADDED.stream().anyMatch(lines.get(lines.size() - 1)::contains),
                    Duration.ofMinutes(10));
            workers.get(0).destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            String partition = taken.split(" ")[2];

            assertThat(importing.waitFor(15, TimeUnit.MINUTES)).isTrue();
            assertThat(importing.exitValue())
                    .as(Files.readString(temp.resolve("kill-import/out"))
                            + Files.readString(temp.resolve("kill-import/err")))
                    .isZero();
            assertThat(Files.readString(log1)).doesNotContain("ended partition " + partition + " ");
            assertThat(Files.readString(log2))
                    .as("the killed worker's partition went to the other")
                    .contains("took partition " + partition + " ")
                    .contains("ended partition " + partition + " ");
            assertThat(rows(db.url(), VARIANT_ROWS)).isEqualTo(localVariants);
            assertThat(rows(db.url(), CALL_ROWS)).isEqualTo(localCalls);
            assertThat(fileCounts(db.url())).isEqualTo(localFiles);
            assertThat(everyVariantIsItsFilesOwn(db.url())).isTrue();
        }
    }

    @Test
    void withNoWorkerTheFileIsRejectedAfterTheTimeoutAndNothingOfItKept() throws Exception {
        Path settings = jobSettings("remote-timeout-seconds=5");
        Path oneVcf = ExampleStudyFolder.clinicalAndPlates(temp.resolve("one-vcf"));
        Path run = Files.createDirectories(oneVcf.resolve("sequencing/R01"));
        Path examples = study.resolve("sequencing/R01");
        List<String> manifest = Files.readAllLines(examples.resolve("manifest.csv"));
        Files.write(run.resolve("manifest.csv"), List.of(manifest.get(0), manifest.get(1)));
        String vcf = manifest.get(1).split(",")[0];
        Files.copy(examples.resolve(vcf), run.resolve(vcf));
        Files.copy(examples.resolve("panel.bed"), run.resolve("panel.bed"));
        try (TestDatabases.FreshDatabase db = external.freshDatabase()) {
            Instant start = Instant.now();
            CliRun remote = importRemotely(db.url(), settings, oneVcf);

            assertThat(remote.exitCode()).as(remote.err()).isEqualTo(1);
            assertThat(remote.out())
                    .contains("sequencing/R01/" + vcf + ": rejected: nothing stored:")
                    .contains("no thyrobank worker finished this file's partition within 5 s");
            assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
            assertThat(count(db.url(), "SELECT COUNT(*) FROM variant")).isZero();
            assertThat(count(db.url(), "SELECT COUNT(*) FROM hotspot_call")).isZero();
            assertThat(count(db.url(), "SELECT COUNT(*) FROM sequencing_file")).isZero();
            assertThat(count(db.url(), "SELECT COUNT(*) FROM imported_file WHERE relative_path LIKE '%.vcf'"))
                    .isZero();
        }
    }

    private static CliRun importRemotely(String url, Path settings) {
        return importRemotely(url, settings, study);
    }

    private static CliRun importRemotely(String url, Path settings, Path bundle) {
        return CliRun.of(
                "import",
                bundle.toString(),
                "--partition",
                "remote",
                "--amqp-url",
                RABBIT,
                "--job-settings",
                settings.toString(),
                "--db-url",
                url);
    }

    /** A job-settings folder with a queue of this test's own, so that nothing queued by another run reaches it. */
    private static Path jobSettings(String... lines) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("settings-" + UUID.randomUUID()));
        List<String> settings = new ArrayList<>(List.of(lines));
        settings.add("amqp-queue=thyrobank-test-" + UUID.randomUUID());
        Files.write(dir.resolve("vcf-import.properties"), settings);
        return dir;
    }

    private static void migrate(String url) {
        CliRun status = CliRun.of("status", "--db-url", url);
        assertThat(status.exitCode()).as(status.err()).isZero();
    }

    /** {@code thyrobank worker} in a JVM of its own, once it listens; its output is in the returned file. */
    private Path startWorker(String url, Path settings, String name) throws Exception {
        Path log = Files.createDirectories(temp.resolve(name));
        workers.add(java(log, "worker", "--amqp-url", RABBIT, "--job-settings", settings.toString(), "--db-url", url));
        awaitLine(
                log.resolve("out"),
                lines -> lines.stream().anyMatch(l -> l.startsWith("waiting for VCF partitions")),
                Duration.ofMinutes(5));
        return log.resolve("out");
    }

    private static Process startImport(String url, Path settings, Path log) throws IOException {
        Files.createDirectories(log);
        return java(
                log,
                "import",
                study.toString(),
                "--partition",
                "remote",
                "--amqp-url",
                RABBIT,
                "--job-settings",
                settings.toString(),
                "--db-url",
                url);
    }

    private static Process java(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx384m",
                "-cp",
                System.getProperty("java.class.path"),
                ThyrobankCli.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectOutput(log.resolve("out").toFile())
                .redirectError(log.resolve("err").toFile())
                .start();
    }

    /** Waits until the lines of {@code file} satisfy {@code condition}; answers the last line then. */
    private static String awaitLine(Path file, Predicate<List<String>> condition, Duration limit) throws Exception {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
            if (condition.test(lines)) {
                return lines.get(lines.size() - 1);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("waited " + limit + " in vain for " + file + ":\n"
                + (Files.exists(file) ? Files.readString(file) : "")
                + Files.readString(file.resolveSibling("err")));
    }

    /** Appends records on chr17 beyond every hotspot: more rows to store, the same calls. */
    private static void pad(Path vcf) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(vcf));
        String sample = lines.stream()
                .filter(l -> l.startsWith("#CHROM"))
                .findFirst()
                .orElseThrow()
                .split("\t")[9];
        for (int i = 0; i < PADDING_RECORDS; i++) {
            lines.add("chr17\t" + (79_000_000 + 100 * i)
                    + "\t.\tC\tT\t.\tPASS\tDP=100\tGT:AD:AF:DP\t0/1:90,10:0.100:100");
        }
        assertThat(sample).isNotBlank();
        Files.write(vcf, lines);
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean everyVariantIsItsFilesOwn(String url) throws SQLException {
        return count(
                        url,
                        "SELECT COUNT(*) FROM variant v JOIN sequencing_file f"
                                + " ON f.source_file = v.source_file AND f.job_execution_id = v.job_execution_id")
                == count(url, "SELECT COUNT(*) FROM variant");
    }

    private static Map<String, Long> fileCounts(String url) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : List.of("sequencing_file", "imported_file", "patient", "qpcr_value")) {
            counts.put(table, count(url, "SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    /** Every row of {@code select}, as text, sorted: two tables equal row for row have equal lists. */
    private static List<String> rows(String url, String select) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "root", "");
                Statement s = c.createStatement();
                ResultSet row = s.executeQuery(select)) {
            ResultSetMetaData columns = row.getMetaData();
            while (row.next()) {
                StringBuilder text = new StringBuilder();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    text.append(row.getString(i)).append('\t');
                }
                rows.add(text.toString());
            }
        }
        rows.sort(null);
        return rows;
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
