package org.thyrobank.clinical.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.cli.CliRun;
import org.thyrobank.platform.database.TestDatabases;

class ClinicalImportCommandTests {

    @TempDir
    Path temp;

    @Test
    void importPrintsOneLinePerClinicalFileAndExitsOneOnlyWhenAFileIsRejected() {
        Path study = ClinicalFolders.copyExample(temp.resolve("study"));
        try (TestDatabases.FreshDatabase db = TestDatabases.embeddedServer().freshDatabase()) {
            CliRun first = CliRun.of("import", study.toString(), "--db-url", db.url(), "--db-password", db.password());
            assertThat(first.exitCode()).as(first.err()).isZero();
            // the example's visits after an adjudicated progression (38 patients) are warnings in the assessments line
            assertThat(first.out().lines())
                    .filteredOn(line -> line.startsWith("clinical/assessments.csv: "))
                    .singleElement()
                    .asString()
                    .startsWith("clinical/assessments.csv: imported: 513 rows; warning: patient MI-001 has a visit on"
                            + " 2023-07-10, after progressed_on 2023-02-11 in clinical/follow_up.csv: response counts"
                            + " clinical/assessments.csv until its first PD; PFS uses progressed_on; warning: ")
                    .satisfies(line -> assertThat(line.split("; warning: ")).hasSize(39));
            assertThat(first.out().lines())
                    .filteredOn(line -> !line.startsWith("clinical/assessments.csv: "))
                    .containsExactly(
                            "clinical/adverse_events.csv: imported: 72 rows",
                            "clinical/blood_dosimetry.csv: imported: 59 rows",
                            "clinical/fdg.csv: imported: 228 rows",
                            "clinical/follow_up.csv: imported: 60 rows",
                            "clinical/iodine_pet.csv: imported: 86 rows",
                            "clinical/labs.csv: imported: 237 rows; warning: patient MI-007 has a value drawn on 2022-03-31,"
                                    + " after died_on 2022-03-26 in clinical/follow_up.csv: the lab nadirs after therapy"
                                    + " count them as recorded",
                            "clinical/lesion_dosimetry.csv: imported: 142 rows",
                            "clinical/lesions.csv: imported: 142 rows",
                            "clinical/patients.csv: imported: 60 rows",
                            "clinical/specimens.csv: imported: 163 rows",
                            "clinical/therapies.csv: imported: 60 rows");

            CliRun again = CliRun.of("import", study.toString(), "--db-url", db.url(), "--db-password", db.password());
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(again.out().lines())
                    .hasSize(12)
                    .allMatch(line -> line.endsWith(": unchanged: same content as the stored clinical data"));

            ClinicalFolders.edit(study, "clinical/follow_up.csv", "MI-002,2025-01-13,", "MI-002,13/01/2025,");
            CliRun rejected =
                    CliRun.of("import", study.toString(), "--db-url", db.url(), "--db-password", db.password());
            assertThat(rejected.exitCode()).isEqualTo(1);
            assertThat(rejected.out().lines())
                    .hasSize(12)
                    .contains("clinical/follow_up.csv: rejected: line 3, column 'last_contact_on': found '13/01/2025',"
                            + " expected an ISO date YYYY-MM-DD")
                    .contains("clinical/labs.csv: rejected: not applied: clinical/follow_up.csv was rejected, and the"
                            + " clinical folder is applied whole");

            CliRun status = CliRun.of("status", "--db-url", db.url(), "--db-password", db.password());
            assertThat(status.out()).contains("clinicalImport").contains("clinical/");
        }
    }

    /** --job-settings reaches the jobs as a Spring property of that one run, and an old key there is refused. */
    @Test
    void jobSettingsWithAnOldKeyAreRefusedForThatRunOnly() throws Exception {
        Path study = ClinicalFolders.copyExample(temp.resolve("study-settings"));
        Path settings = Files.createDirectories(temp.resolve("old-settings"));
        Path file = Files.writeString(settings.resolve("vcf-import.properties"), "chunk_size=10\n");
        try (TestDatabases.FreshDatabase db = TestDatabases.embeddedServer().freshDatabase()) {
            CliRun refused = CliRun.of(
                    "import",
                    study.toString(),
                    "--db-url",
                    db.url(),
                    "--db-password",
                    db.password(),
                    "--job-settings",
                    settings.toString());
            assertThat(refused.exitCode()).isNotZero();
            assertThat(refused.err())
                    .contains(file.toAbsolutePath() + ": key chunk_size is no longer read: keys are kebab-case,"
                            + " rename it chunk-size");

            CliRun next = CliRun.of("import", study.toString(), "--db-url", db.url(), "--db-password", db.password());
            assertThat(next.exitCode()).as(next.err()).isZero();
        }
    }
}
