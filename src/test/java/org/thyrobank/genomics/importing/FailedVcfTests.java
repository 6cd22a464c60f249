package org.thyrobank.genomics.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.WebApplicationType;
import org.thyrobank.genomics.HotspotQueries;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.FileOutcome.Outcome;
import org.thyrobank.platform.importing.StudyImport;

/**
 * A VCF that breaks half-way, after chunks of its rows were committed, leaves no row behind and is rejected
 * naming its line; an earlier good version of it stays as it was.
 */
class FailedVcfTests {

    private static final String FILE = "sequencing/R09/T-MI-001.vcf";
    private static final int RECORDS = 12_000;
    private static final int BAD_RECORD = 10_000;

    @TempDir
    Path study;

    static List<TestDatabases.Server> servers() {
        return TestDatabases.servers();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aVcfMalformedHalfWayIsRejectedWithItsLineAndLeavesNoRows(TestDatabases.Server server) throws IOException {
        long badLine = writeRun(true);
        try (TestApplication app = TestApplication.start(server)) {
            StudyFolders.insertExampleSpecimens(app.jdbcUrl());

            FileOutcome outcome = importVcf(app);

            assertThat(outcome.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(outcome.line())
                    .startsWith(FILE + ": rejected: nothing stored: line " + badLine
                            + ": expected 10 tab-separated columns, found 9");
            assertThat(StudyFolders.count(app.jdbcUrl(), "SELECT COUNT(*) FROM variant"))
                    .isZero();
            assertThat(StudyFolders.count(app.jdbcUrl(), "SELECT COUNT(*) FROM hotspot_call"))
                    .isZero();
            assertThat(StudyFolders.count(
                            app.jdbcUrl(), "SELECT COUNT(*) FROM imported_file WHERE relative_path = '" + FILE + "'"))
                    .isZero();
            // the rows were there: the failed execution had committed every row before the bad line (two chunks)
            assertThat(StudyFolders.count(
                            app.jdbcUrl(),
                            "SELECT MAX(WRITE_COUNT) FROM BATCH_STEP_EXECUTION"
                                    + " WHERE STEP_NAME = 'storeVariants' AND STATUS = 'FAILED'"))
                    .isEqualTo(BAD_RECORD - 1);
            assertThat(StudyFolders.count(
                            app.jdbcUrl(),
                            "SELECT MAX(COMMIT_COUNT) FROM BATCH_STEP_EXECUTION"
                                    + " WHERE STEP_NAME = 'storeVariants' AND STATUS = 'FAILED'"))
                    .isGreaterThanOrEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aBrokenCorrectionKeepsTheEarlierVersionWhole(TestDatabases.Server server) throws IOException {
        writeRun(false);
        try (TestApplication app = TestApplication.start(server)) {
            StudyFolders.insertExampleSpecimens(app.jdbcUrl());
            assertThat(importVcf(app).outcome()).isEqualTo(Outcome.IMPORTED);
            HotspotQueries queries = app.bean(HotspotQueries.class);
            assertThat(queries.variantCount()).isEqualTo(RECORDS);
            writeRun(true);

            assertThat(importVcf(app).outcome()).isEqualTo(Outcome.REJECTED);

            assertThat(StudyFolders.count(app.jdbcUrl(), "SELECT COUNT(*) FROM variant"))
                    .isEqualTo(RECORDS);
            assertThat(queries.variantCount()).isEqualTo(RECORDS);
            assertThat(queries.callsOfSpecimen("T-MI-001")).hasSize(14);
            assertThat(importVcf(app).outcome())
                    .as("still not the imported content")
                    .isEqualTo(Outcome.REJECTED);
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aRefLongerThanTheTableStoresIsRejectedWithItsLineAndLeavesNoRows(TestDatabases.Server server)
            throws IOException {
        long longLine = writeRun(Bad.REF_TOO_LONG);
        try (TestApplication app = TestApplication.start(server)) {
            StudyFolders.insertExampleSpecimens(app.jdbcUrl());

            FileOutcome outcome = importVcf(app);

            // bulk loading turns a value too long into a warning and a truncated row: the writer must reject it
            assertThat(outcome.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(outcome.line())
                    .isEqualTo(FILE + ": rejected: nothing stored: line " + longLine
                            + ": REF cannot be stored as it is (the server: Data truncated for column 'ref')");
            assertThat(StudyFolders.count(app.jdbcUrl(), "SELECT COUNT(*) FROM variant"))
                    .isZero();
            assertThat(StudyFolders.count(
                            app.jdbcUrl(), "SELECT COUNT(*) FROM imported_file WHERE relative_path = '" + FILE + "'"))
                    .isZero();
        }
    }

    /** Under skip-limit the bad record alone is skipped: the rows of its chunk before and after it are stored. */
    @ParameterizedTest
    @MethodSource("servers")
    void underASkipLimitOnlyTheBadRecordIsLeftOut(TestDatabases.Server server) throws IOException {
        writeRun(true);
        Path settings = Files.createDirectories(study.resolveSibling(study.getFileName() + "-settings"));
        Files.writeString(settings.resolve("vcf-import.properties"), "skip-limit=1\n");
        try (TestApplication app = TestApplication.start(
                server, WebApplicationType.NONE, Map.of("thyrobank.batch-jobs.dir", settings.toString()))) {
            StudyFolders.insertExampleSpecimens(app.jdbcUrl());

            FileOutcome outcome = importVcf(app);

            assertThat(outcome.outcome()).as(outcome.line()).isEqualTo(Outcome.IMPORTED);
            assertThat(outcome.line()).contains(RECORDS - 1 + " variants, ").contains("1 bad records skipped");
            assertThat(StudyFolders.count(app.jdbcUrl(), "SELECT COUNT(*) FROM variant"))
                    .isEqualTo(RECORDS - 1);
            assertThat(StudyFolders.count(
                            app.jdbcUrl(), "SELECT COUNT(*) FROM variant WHERE pos = " + (1_000_000 + 10 * BAD_RECORD)))
                    .isZero();
            assertThat(StudyFolders.count(
                            app.jdbcUrl(),
                            "SELECT WRITE_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'storeVariants'"))
                    .isEqualTo(RECORDS - 1);
        }
    }

    /** A value the table cannot hold is no bad record: skip-limit does not drop it (nor the rows of its chunk). */
    @ParameterizedTest
    @MethodSource("servers")
    void underASkipLimitAValueTooLongStillRejectsTheFile(TestDatabases.Server server) throws IOException {
        writeRun(Bad.REF_TOO_LONG);
        Path settings = Files.createDirectories(study.resolveSibling(study.getFileName() + "-settings"));
        Files.writeString(settings.resolve("vcf-import.properties"), "skip-limit=5\n");
        try (TestApplication app = TestApplication.start(
                server, WebApplicationType.NONE, Map.of("thyrobank.batch-jobs.dir", settings.toString()))) {
            StudyFolders.insertExampleSpecimens(app.jdbcUrl());

            assertThat(importVcf(app).outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(StudyFolders.count(app.jdbcUrl(), "SELECT COUNT(*) FROM variant"))
                    .isZero();
        }
    }

    private FileOutcome importVcf(TestApplication app) {
        return app.bean(StudyImport.class).importStudy(study).stream()
                .filter(o -> o.relativePath().equals(FILE))
                .findFirst()
                .orElseThrow();
    }

    /** A run of one generated GRCh38 VCF of sample T-MI-001; answers the line of the bad record when there is one. */
    private long writeRun(boolean malformed) throws IOException {
        return writeRun(malformed ? Bad.MISSING_COLUMN : Bad.NONE);
    }

    private enum Bad {
        NONE,
        MISSING_COLUMN,
        /** 1,100 bases, the column holds 1,024 */
        REF_TOO_LONG
    }

    private long writeRun(Bad bad) throws IOException {
        Path run = Files.createDirectories(study.resolve("sequencing/R09"));
        Files.writeString(run.resolve("manifest.csv"), "vcf,vcf_sample,specimen_id\nT-MI-001.vcf,T-MI-001,T-MI-001\n");
        List<String> header =
                Files.readAllLines(StudyFolders.resource("/org/thyrobank/genomics/vcf/examples/R01/T-MI-001.vcf"))
                        .stream()
                        .filter(line -> line.startsWith("#"))
                        .toList();
        StringBuilder vcf = new StringBuilder(String.join("\n", header)).append('\n');
        for (int i = 1; i <= RECORDS; i++) {
            String record =
                    "chr12\t" + (1_000_000 + 10 * i) + "\t.\tA\tG\t.\tPASS\tDP=100\tGT:AD:AF:DP\t0/1:80,20:0.2:100";
            if (i == BAD_RECORD && bad == Bad.MISSING_COLUMN) {
                record = record.substring(0, record.lastIndexOf('\t'));
            } else if (i == BAD_RECORD && bad == Bad.REF_TOO_LONG) {
                record = record.replace("\tA\tG\t", "\t" + "A".repeat(1_100) + "\tG\t");
            }
            vcf.append(record).append('\n');
        }
        Files.writeString(run.resolve("T-MI-001.vcf"), vcf);
        return header.size() + BAD_RECORD;
    }
}
