package org.thyrobank.genomics.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thyrobank.genomics.HotspotQueries;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.FileOutcome.Outcome;
import org.thyrobank.platform.importing.StudyImport;

/**
 * A reader polling while a big VCF replaces its earlier version sees the earlier version's variants and calls or the
 * new one's, never a mix: the variant rows arrive chunk by chunk (the table itself is seen half-written), but what
 * readers count is what sequencing_file points at, and the calls, the pointer and the deletion of the old rows change
 * in one transaction.
 */
class ReadDuringImportTests {

    private static final String FILE = "sequencing/R09/T-MI-001.vcf";
    private static final long BEFORE = 20_000;
    private static final long AFTER = 100_000;

    @TempDir
    Path study;

    static List<TestDatabases.Server> servers() {
        return TestDatabases.servers();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aReportReadDuringAnImportSeesTheFileBeforeOrAfterNeverHalf(TestDatabases.Server server) throws Exception {
        writeRun(BEFORE);
        try (TestApplication app = TestApplication.start(server)) {
            StudyFolders.insertExampleSpecimens(app.jdbcUrl());
            StudyImport imports = app.bean(StudyImport.class);
            HotspotQueries queries = app.bean(HotspotQueries.class);
            assertThat(outcomeOf(imports.importStudy(study))).isEqualTo(Outcome.IMPORTED);
            long calls = StudyFolders.count(app.jdbcUrl(), "SELECT COUNT(*) FROM hotspot_call");
            assertThat(calls).isPositive();
            writeRun(AFTER);

            Set<Long> reported = new ConcurrentSkipListSet<>();
            Set<Long> callCounts = new ConcurrentSkipListSet<>();
            Set<Long> tableRows = new ConcurrentSkipListSet<>();
            AtomicBoolean importing = new AtomicBoolean(true);
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
                while (importing.get()) {
                    reported.add(queries.variantCount());
                    callCounts.add(StudyFolders.count(app.jdbcUrl(), "SELECT COUNT(*) FROM hotspot_call"));
                    tableRows.add(StudyFolders.count(app.jdbcUrl(), "SELECT COUNT(*) FROM variant"));
                }
            });
            Outcome replaced;
            try {
                replaced = outcomeOf(imports.importStudy(study));
            } finally {
                importing.set(false);
            }
            reader.get(60, TimeUnit.SECONDS);

            assertThat(replaced).isEqualTo(Outcome.REPLACED);
            assertThat(tableRows)
                    .as("the variant table was seen holding part of the new version beside the old")
                    .anyMatch(rows -> rows > BEFORE && rows < BEFORE + AFTER && rows != AFTER);
            assertThat(reported).isSubsetOf(BEFORE, AFTER).contains(BEFORE);
            assertThat(callCounts).containsExactly(calls);
            assertThat(queries.variantCount()).isEqualTo(AFTER);
        }
    }

    private static Outcome outcomeOf(List<FileOutcome> outcomes) {
        return outcomes.stream()
                .filter(o -> o.relativePath().equals(FILE))
                .findFirst()
                .orElseThrow()
                .outcome();
    }

    /** Run R09: one generated GRCh38 VCF of sample T-MI-001 with {@code records} records (one variant row each). */
    private void writeRun(long records) throws IOException {
        Path run = Files.createDirectories(study.resolve("sequencing/R09"));
        Files.writeString(run.resolve("manifest.csv"), "vcf,vcf_sample,specimen_id\nT-MI-001.vcf,T-MI-001,T-MI-001\n");
        List<String> header =
                Files.readAllLines(StudyFolders.resource("/org/thyrobank/genomics/vcf/examples/R01/T-MI-001.vcf"))
                        .stream()
                        .filter(line -> line.startsWith("#"))
                        .toList();
        StringBuilder vcf = new StringBuilder(String.join("\n", header)).append('\n');
        for (long i = 1; i <= records; i++) {
            vcf.append("chr12\t")
                    .append(1_000_000 + 10 * i)
                    .append("\t.\tA\tG\t.\tPASS\tDP=100\tGT:AD:AF:DP\t0/1:80,20:0.2:100\n");
        }
        Files.writeString(run.resolve("T-MI-001.vcf"), vcf);
    }
}
