package org.thyrobank.demo;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The whole demo bundle, both callers' VCFs and both plate formats, imports into a fresh database; so does a bundle
 * scaled to 120 patients.
 */
class SyntheticCohortImportTests {

    static List<TestDatabases.Server> servers() {
        return TestDatabases.servers();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void everyFileOfTheBundleIsImportedOrReadWithTheFileThatNamesIt(TestDatabases.Server server, @TempDir Path study) {
        SyntheticCohort.Summary summary = SyntheticCohort.write(study, 11);
        try (TestApplication app = TestApplication.start(server)) {
            List<FileOutcome> outcomes = app.bean(StudyImport.class).importStudy(study);
            List<String> lines = outcomes.stream().map(FileOutcome::line).toList();
            assertThat(lines).hasSize(summary.filesWritten());
            assertThat(outcomes)
                    .as(String.join("\n", lines))
                    .noneMatch(o -> o.outcome() == Outcome.REJECTED || o.outcome() == Outcome.NOT_HANDLED);
            assertThat(lines).noneMatch(line -> line.contains("rejected") || line.contains("not handled yet"));
            assertThat(outcomes.stream()
                            .filter(o -> o.outcome() == Outcome.SKIPPED)
                            .map(FileOutcome::relativePath))
                    .containsExactlyInAnyOrder("sequencing/R01/panel.bed", "sequencing/R02/panel.bed");
            assertThat(lines)
                    .anyMatch(line ->
                            line.startsWith("qpcr/PL03.txt: imported: plate PL03 (QuantStudio 7 Flex, results only)"))
                    .anyMatch(line -> line.startsWith("qpcr/PL01.csv: imported: plate PL01 (thyrobank long CSV)"));
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aScaledBundleImportsWithNoFileRejected(TestDatabases.Server server, @TempDir Path study) {
        SyntheticCohort.Summary summary = SyntheticCohort.write(study, 11, 120);
        try (TestApplication app = TestApplication.start(server)) {
            List<FileOutcome> outcomes = app.bean(StudyImport.class).importStudy(study);
            List<String> lines = outcomes.stream().map(FileOutcome::line).toList();
            assertThat(summary.patients()).isEqualTo(120);
            assertThat(lines).hasSize(summary.filesWritten());
            assertThat(outcomes)
                    .as(String.join("\n", lines))
                    .noneMatch(o -> o.outcome() == Outcome.REJECTED || o.outcome() == Outcome.NOT_HANDLED);
            assertThat(lines)
                    .anyMatch(line -> line.startsWith("clinical/patients.csv: imported"))
                    .anyMatch(line -> line.startsWith("qpcr/PL27.txt: imported: plate PL27"));
        }
    }
}
