package org.thyrobank.genomics.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.FileOutcome.Outcome;
import org.thyrobank.platform.importing.StudyImport;

/** A manifest problem rejects its whole run, naming the manifest's line and column; nothing of the run is stored. */
class ManifestRejectionTests {

    private static final String HEADER = "vcf,vcf_sample,specimen_id,genome_build\n";
    private static final String VR007 = "T-VR-007.vcf,T-VR-007,T-VR-007,GRCh38\n";

    @TempDir
    Path study;

    static List<TestDatabases.Server> servers() {
        return TestDatabases.servers();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void anUnknownSpecimenRejectsTheRun(TestDatabases.Server server) throws IOException {
        assertRunRejected(
                server,
                HEADER + "T-MI-008.vcf,T-MI-008,T-XX-999,GRCh38\n" + VR007,
                "line 2, column 'specimen_id': found 'T-XX-999', expected a specimen of clinical/specimens.csv");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aSpecimenThatIsNotTumourTissueRejectsTheRun(TestDatabases.Server server) throws IOException {
        assertRunRejected(
                server,
                HEADER + VR007 + "T-MI-008.vcf,T-MI-008,P-MI-008-PRE,GRCh38\n",
                "line 3, column 'specimen_id': found 'P-MI-008-PRE', expected a TUMOUR_TISSUE specimen, not a PLASMA one");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aSampleTheVcfDoesNotHaveRejectsTheRun(TestDatabases.Server server) throws IOException {
        assertRunRejected(
                server,
                HEADER + VR007 + "T-MI-008.vcf,TUMOR,T-MI-008,GRCh38\n",
                "line 3, column 'vcf_sample': found 'TUMOR', expected a sample column of sequencing/R02/T-MI-008.vcf,"
                        + " which has no sample 'TUMOR' (its samples: T-MI-008)");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aMissingVcfRejectsTheRun(TestDatabases.Server server) throws IOException {
        assertRunRejected(
                server,
                HEADER + VR007 + "T-MI-099.vcf,T-MI-099,T-MI-008,GRCh38\n",
                "line 3, column 'vcf': found 'T-MI-099.vcf', expected a VCF in the run folder (sequencing/R02/ has no such file)");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aMissingCoveredRegionsBedRejectsTheRun(TestDatabases.Server server) throws IOException {
        assertRunRejected(
                server,
                "vcf,vcf_sample,specimen_id,genome_build,covered_regions\n"
                        + "T-VR-007.vcf,T-VR-007,T-VR-007,GRCh38,\nT-MI-008.vcf,T-MI-008,T-MI-008,GRCh38,panel.bed\n",
                "line 3, column 'covered_regions': found 'panel.bed', expected a BED file in the run folder"
                        + " (sequencing/R02/ has no such file)");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aBuildNeitherGivenNorInTheHeaderRejectsTheRun(TestDatabases.Server server) throws IOException {
        Files.createDirectories(study.resolve("sequencing/R02"));
        Files.copy(
                StudyFolders.resource("/org/thyrobank/genomics/vcf/build-unknown.vcf"),
                study.resolve("sequencing/R02/chrM-only.vcf"));
        assertRunRejected(
                server,
                HEADER + VR007 + "chrM-only.vcf,T1,T-MI-008,\n",
                "line 3, column 'genome_build': found '', expected GRCh37 or GRCh38: the header of"
                        + " sequencing/R02/chrM-only.vcf does not tell the build");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aBuildOtherThanGrch37OrGrch38RejectsTheRun(TestDatabases.Server server) throws IOException {
        assertRunRejected(
                server,
                HEADER + "T-VR-007.vcf,T-VR-007,T-VR-007,hg19\n",
                "line 2, column 'genome_build': found 'hg19', expected GRCh37 or GRCh38");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aRunWithoutManifestIsRejected(TestDatabases.Server server) throws IOException {
        StudyFolders.withRuns(study, "R02");
        Files.delete(study.resolve("sequencing/R02/manifest.csv"));
        try (TestApplication app = TestApplication.start(server)) {
            StudyFolders.insertExampleSpecimens(app.jdbcUrl());
            List<FileOutcome> outcomes = app.bean(StudyImport.class).importStudy(study);
            assertThat(outcomes).hasSize(2).allSatisfy(outcome -> {
                assertThat(outcome.outcome()).isEqualTo(Outcome.REJECTED);
                assertThat(outcome.detail()).isEqualTo("sequencing/R02/ has no manifest.csv naming its VCFs");
            });
            assertNothingStored(app);
        }
    }

    private void assertRunRejected(TestDatabases.Server server, String manifest, String problem) throws IOException {
        StudyFolders.withRuns(study, "R02");
        Files.writeString(study.resolve("sequencing/R02/manifest.csv"), manifest);
        try (TestApplication app = TestApplication.start(server)) {
            StudyFolders.insertExampleSpecimens(app.jdbcUrl());
            List<FileOutcome> outcomes = app.bean(StudyImport.class).importStudy(study);

            FileOutcome rejected = outcomes.stream()
                    .filter(o -> o.relativePath().equals("sequencing/R02/manifest.csv"))
                    .findFirst()
                    .orElseThrow();
            assertThat(rejected.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(rejected.line())
                    .startsWith("sequencing/R02/manifest.csv: rejected: ")
                    .contains(problem);
            assertThat(outcomes).filteredOn(o -> o != rejected).isNotEmpty().allSatisfy(o -> {
                assertThat(o.outcome()).isEqualTo(Outcome.REJECTED);
                assertThat(o.detail()).isEqualTo("not imported: its run's sequencing/R02/manifest.csv was rejected");
            });
            assertNothingStored(app);
        }
    }

    private static void assertNothingStored(TestApplication app) {
        for (String table :
                List.of("variant", "hotspot_call", "sequencing_file", "imported_file", "BATCH_JOB_EXECUTION")) {
            assertThat(StudyFolders.count(app.jdbcUrl(), "SELECT COUNT(*) FROM " + table))
                    .as(table)
                    .isZero();
        }
    }
}
