package org.thyrobank.genomics.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thyrobank.genomics.HotspotCallRow;
import org.thyrobank.genomics.HotspotQueries;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.FileOutcome.Outcome;
import org.thyrobank.platform.importing.StudyImport;

class SequencingImportTests {

    @TempDir
    Path study;

    static List<TestDatabases.Server> servers() {
        return TestDatabases.servers();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void theExampleRunsStoreOneRowPerRecordAndAlleleAndTheCallsOfEverySpecimen(TestDatabases.Server server)
            throws IOException {
        StudyFolders.withRuns(study, "R01", "R02");
        try (TestApplication app = TestApplication.start(server)) {
            StudyFolders.insertExampleSpecimens(app.jdbcUrl());
            Map<String, FileOutcome> outcomes = importStudy(app);

            List<Path> vcfs = vcfs();
            assertThat(vcfs).hasSize(60);
            for (Path vcf : vcfs) {
                assertThat(outcomes.get(relative(vcf)).outcome())
                        .as(relative(vcf))
                        .isEqualTo(Outcome.IMPORTED);
            }
            assertThat(outcomes.get("sequencing/R01/manifest.csv").outcome()).isEqualTo(Outcome.IMPORTED);
            assertThat(outcomes.get("sequencing/R02/manifest.csv").outcome()).isEqualTo(Outcome.IMPORTED);
            assertThat(outcomes.get("sequencing/R01/panel.bed").outcome()).isEqualTo(Outcome.SKIPPED);
            assertThat(outcomes.get("sequencing/R01/panel.bed").detail()).contains("covered regions of 58 VCFs");

            HotspotQueries queries = app.bean(HotspotQueries.class);
            long expected = vcfs.stream().mapToLong(StudyFolders::recordAlleles).sum();
            // 1022: printed by test resource genomics/importing/example_runs_check.py, a reading apart from the Java
            assertThat(queries.variantCount()).isEqualTo(expected).isEqualTo(1022);
            assertThat(StudyFolders.count(app.jdbcUrl(), "SELECT COUNT(*) FROM variant"))
                    .isEqualTo(expected);
            assertThat(StudyFolders.count(
                            app.jdbcUrl(),
                            "SELECT COUNT(*) FROM variant WHERE source_file = 'sequencing/R01/T-MI-001.vcf'"))
                    .isEqualTo(StudyFolders.recordAlleles(study.resolve("sequencing/R01/T-MI-001.vcf")));
            assertThat(StudyFolders.count(
                            app.jdbcUrl(), "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'vcfImport'"))
                    .isEqualTo(60);

            List<HotspotCallRow> calls = queries.callsOfSpecimen("T-MI-001");
            assertThat(calls).hasSize(14).allSatisfy(call -> {
                assertThat(call.sourceFile()).isEqualTo("sequencing/R01/T-MI-001.vcf");
                assertThat(call.runId()).isEqualTo("R01");
                assertThat(call.genomeBuild()).isEqualTo("GRCh38");
                assertThat(call.minDepth()).isEqualTo(20);
                assertThat(call.minAltReads()).isEqualTo(3);
                assertThat(call.minVaf()).isEqualTo(0.05);
            });
            // T-MI-001.vcf: chr7 140753336 A>T AD 82,38 DP 120 (V600E); chr5 1295135 G>A AD 161,36 DP 197 (C250T);
            // no record at C228T (1295113), which panel.bed covers: wild type (example_runs_check.py agrees)
            assertThat(calls)
                    .filteredOn(call -> call.hotspot().equals("BRAF_V600E"))
                    .singleElement()
                    .satisfies(call -> {
                        assertThat(call.status()).isEqualTo("MUTANT");
                        assertThat(call.altReads()).isEqualTo(38);
                        assertThat(call.depth()).isEqualTo(120);
                    });
            assertThat(calls)
                    .filteredOn(call -> call.hotspot().equals("TERT_C250T"))
                    .singleElement()
                    .satisfies(call -> {
                        assertThat(call.status()).isEqualTo("MUTANT");
                        assertThat(call.altReads()).isEqualTo(36);
                        assertThat(call.depth()).isEqualTo(197);
                    });
            assertThat(calls)
                    .filteredOn(call -> call.hotspot().equals("TERT_C228T"))
                    .singleElement()
                    .extracting(HotspotCallRow::status)
                    .isEqualTo("WILD_TYPE");
            assertThat(StudyFolders.count(app.jdbcUrl(), "SELECT COUNT(DISTINCT specimen_id) FROM hotspot_call"))
                    .isEqualTo(60);
            assertThat(queries.patientStatuses()).hasSize(60);
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void importingTheSameRunAgainChangesNothingAndRunsNoJob(TestDatabases.Server server) {
        StudyFolders.withRuns(study, "R02");
        try (TestApplication app = TestApplication.start(server)) {
            StudyFolders.insertExampleSpecimens(app.jdbcUrl());
            importStudy(app);
            long variants = StudyFolders.count(app.jdbcUrl(), "SELECT COUNT(*) FROM variant");
            long calls = StudyFolders.count(app.jdbcUrl(), "SELECT COUNT(*) FROM hotspot_call");

            Map<String, FileOutcome> again = importStudy(app);

            assertThat(again.values()).extracting(FileOutcome::outcome).containsOnly(Outcome.UNCHANGED);
            assertThat(StudyFolders.count(app.jdbcUrl(), "SELECT COUNT(*) FROM variant"))
                    .isEqualTo(variants);
            assertThat(StudyFolders.count(app.jdbcUrl(), "SELECT COUNT(*) FROM hotspot_call"))
                    .isEqualTo(calls);
            assertThat(StudyFolders.count(app.jdbcUrl(), "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION"))
                    .isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aCorrectedVcfReplacesTheVariantsAndCallsOfItsEarlierVersion(TestDatabases.Server server) throws IOException {
        StudyFolders.withRuns(study, "R02");
        Path vcf = study.resolve("sequencing/R02/T-VR-007.vcf");
        try (TestApplication app = TestApplication.start(server)) {
            StudyFolders.insertExampleSpecimens(app.jdbcUrl());
            importStudy(app);
            HotspotQueries queries = app.bean(HotspotQueries.class);
            // T-VR-007.vcf has 20 variant rows, none at a hotspot; C250T (1295135) is a reference-only record, DP 150
            assertThat(status(queries, "T-VR-007", "TERT_C250T")).isEqualTo("WILD_TYPE");
            String dropped = "chr1\t77298814\t.\tT\tG\t.\tPASS\tDP=174\tGT:AD:AF:DP\t0/1:94,80:0.460:174\n";
            String tertReference = "chr5\t1295135\t.\tG\t.\t.\tPASS\tDP=150\tGT:AD:DP\t0/0:150:150\n";
            String tertMutant = "chr5\t1295135\t.\tG\tA\t.\tPASS\tDP=127\tGT:AD:AF:DP\t0/1:73,54:0.425:127\n";
            String multiAllelic = "chr17\t7675088\t.\tC\tT,G\t.\tPASS\tDP=100\tGT:AD:AF:DP\t0/1:60,30,10:0.3,0.1:100\n";
            String original = Files.readString(vcf);
            assertThat(original).contains(dropped, tertReference);
            assertThat(StudyFolders.recordAlleles(vcf)).isEqualTo(20);
            Files.writeString(vcf, original.replace(dropped, "").replace(tertReference, tertMutant) + multiAllelic);

            Map<String, FileOutcome> outcomes = importStudy(app);

            FileOutcome outcome = outcomes.get("sequencing/R02/T-VR-007.vcf");
            assertThat(outcome.outcome()).isEqualTo(Outcome.REPLACED);
            assertThat(outcome.detail()).contains("replacing the earlier version's 20 variants");
            assertThat(outcomes.get("sequencing/R02/T-MI-008.vcf").outcome()).isEqualTo(Outcome.UNCHANGED);
            assertThat(outcomes.get("sequencing/R02/manifest.csv").outcome()).isEqualTo(Outcome.UNCHANGED);
            // 20 - 1 dropped + 1 (C250T now G>A) + 2 (the T,G record)
            assertThat(StudyFolders.count(
                            app.jdbcUrl(),
                            "SELECT COUNT(*) FROM variant WHERE source_file = 'sequencing/R02/T-VR-007.vcf'"))
                    .isEqualTo(StudyFolders.recordAlleles(vcf))
                    .isEqualTo(22);
            assertThat(StudyFolders.count(
                            app.jdbcUrl(),
                            "SELECT COUNT(*) FROM variant WHERE pos = 77298814 AND specimen_id = 'T-VR-007'"))
                    .isZero();
            assertThat(StudyFolders.count(
                            app.jdbcUrl(),
                            "SELECT COUNT(*) FROM variant WHERE pos = 1295135 AND specimen_id = 'T-VR-007'"))
                    .isEqualTo(1);
            assertThat(StudyFolders.count(
                            app.jdbcUrl(),
                            "SELECT COUNT(*) FROM variant WHERE pos = 7675088 AND specimen_id = 'T-VR-007'"))
                    .isEqualTo(2);
            assertThat(queries.callsOfSpecimen("T-VR-007")).hasSize(14);
            assertThat(status(queries, "T-VR-007", "TERT_C250T")).isEqualTo("MUTANT");
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void anIndexAndAFileTheManifestDoesNotNameAreSkippedWithTheirReason(TestDatabases.Server server)
            throws IOException {
        Path run = Files.createDirectories(study.resolve("sequencing/R05"));
        for (String name : List.of("mutect2-statuses.vcf.gz", "mutect2-statuses.vcf.gz.tbi")) {
            Files.copy(StudyFolders.resource("/org/thyrobank/genomics/vcf/" + name), run.resolve(name));
        }
        Files.writeString(run.resolve("notes.txt"), "library prep notes\n");
        Files.writeString(
                run.resolve("manifest.csv"),
                "vcf,vcf_sample,specimen_id,genome_build\n" + "mutect2-statuses.vcf.gz,T1,T-MI-001,\n");
        try (TestApplication app = TestApplication.start(server)) {
            StudyFolders.insertExampleSpecimens(app.jdbcUrl());

            Map<String, FileOutcome> outcomes = importStudy(app);

            assertThat(outcomes.get("sequencing/R05/mutect2-statuses.vcf.gz").line())
                    .startsWith("sequencing/R05/mutect2-statuses.vcf.gz: imported: ")
                    .contains("(GRCh38");
            assertThat(outcomes.get("sequencing/R05/mutect2-statuses.vcf.gz.tbi")
                            .line())
                    .isEqualTo(
                            "sequencing/R05/mutect2-statuses.vcf.gz.tbi: skipped: index of sequencing/R05/mutect2-statuses.vcf.gz"
                                    + " (read with it, not stored itself)");
            assertThat(outcomes.get("sequencing/R05/notes.txt").line())
                    .isEqualTo("sequencing/R05/notes.txt: skipped: not named by sequencing/R05/manifest.csv");
            assertThat(StudyFolders.count(app.jdbcUrl(), "SELECT COUNT(*) FROM variant WHERE sample = 'T1'"))
                    .isPositive();
            assertThat(StudyFolders.count(app.jdbcUrl(), "SELECT COUNT(*) FROM variant WHERE sample <> 'T1'"))
                    .isZero();
            assertThat(app.bean(HotspotQueries.class).callsOfSpecimen("T-MI-001"))
                    .hasSize(14)
                    .allSatisfy(call -> assertThat(call.sample()).isEqualTo("T1"));
        }
    }

    private static String status(HotspotQueries queries, String specimen, String hotspot) {
        return queries.callsOfSpecimen(specimen).stream()
                .filter(call -> call.hotspot().equals(hotspot))
                .map(HotspotCallRow::status)
                .findFirst()
                .orElseThrow();
    }

    private Map<String, FileOutcome> importStudy(TestApplication app) {
        return app.bean(StudyImport.class).importStudy(study).stream()
                .collect(Collectors.toMap(FileOutcome::relativePath, Function.identity()));
    }

    private List<Path> vcfs() throws IOException {
        try (Stream<Path> files = Files.walk(study)) {
            return files.filter(file -> file.toString().endsWith(".vcf"))
                    .sorted()
                    .toList();
        }
    }

    private String relative(Path file) {
        return study.relativize(file).toString().replace('\\', '/');
    }
}
