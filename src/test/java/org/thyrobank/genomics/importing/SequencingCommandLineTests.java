package org.thyrobank.genomics.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thyrobank.cli.CliRun;
import org.thyrobank.platform.database.TestDatabases;

class SequencingCommandLineTests {

    @TempDir
    Path study;

    static List<TestDatabases.Server> servers() {
        return TestDatabases.servers();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void importPrintsOneLinePerRunFileAndIsUnchangedTheSecondTime(TestDatabases.Server server) {
        StudyFolders.withRuns(study, "R02");
        try (TestDatabases.FreshDatabase db = server.freshDatabase()) {
            CliRun migrate = CliRun.of("status", "--db-url", db.url(), "--db-password", db.password());
            assertThat(migrate.exitCode()).as(migrate.err()).isZero();
            StudyFolders.insertExampleSpecimens(db.url());

            CliRun first = CliRun.of("import", study.toString(), "--db-url", db.url(), "--db-password", db.password());

            assertThat(first.exitCode()).as(first.err()).isZero();
            // counts as printed by test resource genomics/importing/example_runs_check.py (a reading apart from Java):
            // 20 variant rows each, and neither VCF carries a hotspot allele
            assertThat(first.out().lines())
                    .containsExactly(
                            "sequencing/R02/T-MI-008.vcf: imported: 20 variants, 14 hotspot calls for T-MI-008 (GRCh38, 0 mutant)",
                            "sequencing/R02/T-VR-007.vcf: imported: 20 variants, 14 hotspot calls for T-VR-007 (GRCh38, 0 mutant)",
                            "sequencing/R02/manifest.csv: imported: 2 VCFs named");
            CliRun status = CliRun.of("status", "--db-url", db.url(), "--db-password", db.password());
            assertThat(status.out()).contains("vcfImport");

            CliRun second = CliRun.of("import", study.toString(), "--db-url", db.url(), "--db-password", db.password());

            assertThat(second.exitCode()).isZero();
            assertThat(second.out().lines()).hasSize(3).allMatch(line -> line.contains(": unchanged"));
        }
    }
}
