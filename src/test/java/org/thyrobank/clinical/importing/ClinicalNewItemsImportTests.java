package org.thyrobank.clinical.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thyrobank.clinical.AdverseEvent;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.FdgLesion;
import org.thyrobank.clinical.IodinePetScan;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.clinical.bundle.ClinicalBundleReader;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.FileOutcome.Outcome;
import org.thyrobank.platform.importing.StudyImport;

/**
 * The optional items of the bundle (an adverse event's attribution, the FDG timepoint, iodine_pet.csv) through the
 * clinicalImport job and back from {@link ClinicalQueries#bundle()}, and a bundle written before them imported as
 * it always was. The folders are the reader's fixtures {@code new-items} and {@code valid}.
 */
class ClinicalNewItemsImportTests {

    @TempDir
    Path study;

    static List<TestDatabases.Server> servers() {
        return TestDatabases.servers();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void attributionTimepointAndIodinePetRowsComeBackAsImported(TestDatabases.Server server) {
        ClinicalFolders.copyFixture("new-items", study);
        try (TestApplication app = TestApplication.start(server)) {
            List<FileOutcome> outcomes = app.bean(StudyImport.class).importStudy(study);

            assertThat(outcomes)
                    .hasSize(12)
                    .allSatisfy(o -> assertThat(o.outcome()).isEqualTo(Outcome.IMPORTED));
            assertThat(outcomes)
                    .extracting(FileOutcome::line)
                    .contains(
                            "clinical/iodine_pet.csv: imported: 4 rows",
                            "clinical/fdg.csv: imported: 5 rows",
                            "clinical/adverse_events.csv: imported: 3 rows");
            ClinicalBundle stored = app.bean(ClinicalQueries.class).bundle().orElseThrow();
            ClinicalImportTests.assertSameData(stored, ClinicalBundleReader.read(study.resolve("clinical")));
            // the values as the fixture's files write them
            assertThat(stored.adverseEvents())
                    .extracting(AdverseEvent::attribution)
                    .containsExactly(AdverseEvent.Attribution.PROBABLE, null, AdverseEvent.Attribution.UNRELATED);
            assertThat(stored.fdgLesions())
                    .extracting(FdgLesion::lesionId, FdgLesion::timepoint)
                    .containsExactly(
                            tuple("MI-001-L1", Specimen.Timepoint.PRE),
                            tuple("MI-001-L1", Specimen.Timepoint.POST),
                            tuple("MI-001-N1", Specimen.Timepoint.PRE),
                            tuple("VR-001-L1", Specimen.Timepoint.PRE),
                            tuple("VR-001-L1", Specimen.Timepoint.POST));
            assertThat(stored.iodinePetScans())
                    .extracting(
                            IodinePetScan::lesionId,
                            s -> s.scannedOn().toString(),
                            s -> s.uptakePct().stripTrailingZeros().toPlainString())
                    .containsExactly(
                            tuple("MI-001-L1", "2022-07-15", "0.4"), tuple("MI-001-N1", "2022-07-15", "0"),
                            tuple("MI-001-L1", "2023-01-10", "0.25"), tuple("VR-001-L1", "2022-09-01", "1.25"));
            assertThat(stored.filesRead()).contains("clinical/iodine_pet.csv");
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void iodinePetCsvIsUnchangedReplacedAndRemovedLikeItsSiblings(TestDatabases.Server server) throws Exception {
        ClinicalFolders.copyFixture("new-items", study);
        try (TestApplication app = TestApplication.start(server)) {
            StudyImport importer = app.bean(StudyImport.class);
            ClinicalQueries queries = app.bean(ClinicalQueries.class);
            importer.importStudy(study);

            assertThat(importer.importStudy(study))
                    .hasSize(12)
                    .allSatisfy(o ->
                            assertThat(o.line()).endsWith(": unchanged: same content as the stored clinical data"));

            ClinicalFolders.edit(
                    study,
                    "clinical/iodine_pet.csv",
                    "VR-001,VR-001-L1,2022-09-01,1.25",
                    "VR-001,VR-001-L1,2022-09-01,0.75");
            assertThat(importer.importStudy(study))
                    .filteredOn(o -> o.relativePath().equals("clinical/iodine_pet.csv"))
                    .extracting(FileOutcome::line)
                    .containsExactly("clinical/iodine_pet.csv: replaced: replaced the previous content: 4 rows");
            assertThat(queries.bundle().orElseThrow().iodinePetScans().get(3).uptakePct())
                    .isEqualByComparingTo("0.75");

            Files.delete(study.resolve("clinical/iodine_pet.csv"));
            List<FileOutcome> dropped = importer.importStudy(study);
            assertThat(dropped)
                    .hasSize(11)
                    .allSatisfy(o -> assertThat(o.outcome()).isEqualTo(Outcome.UNCHANGED));
            assertThat(dropped.get(0).line())
                    .endsWith("clinical/iodine_pet.csv no longer in the folder: its rows were removed");
            assertThat(queries.bundle().orElseThrow().iodinePetScans()).isEmpty();
            assertThat(rows(app, "iodine_pet")).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void anOldBundleWithoutTheNewItemsImportsAsBefore(TestDatabases.Server server) {
        ClinicalFolders.copyFixture("valid", study);
        try (TestApplication app = TestApplication.start(server)) {
            List<FileOutcome> outcomes = app.bean(StudyImport.class).importStudy(study);

            assertThat(outcomes)
                    .extracting(FileOutcome::line)
                    .containsExactly(
                            "clinical/adverse_events.csv: imported: 3 rows",
                            "clinical/assessments.csv: imported: 9 rows",
                            "clinical/blood_dosimetry.csv: imported: 2 rows",
                            "clinical/fdg.csv: imported: 2 rows",
                            "clinical/follow_up.csv: imported: 2 rows",
                            "clinical/labs.csv: imported: 4 rows",
                            "clinical/lesion_dosimetry.csv: imported: 4 rows",
                            "clinical/lesions.csv: imported: 4 rows",
                            "clinical/patients.csv: imported: 2 rows",
                            "clinical/specimens.csv: imported: 3 rows",
                            "clinical/therapies.csv: imported: 2 rows");
            ClinicalBundle stored = app.bean(ClinicalQueries.class).bundle().orElseThrow();
            ClinicalImportTests.assertSameData(stored, ClinicalBundleReader.read(study.resolve("clinical")));
            assertThat(stored.warnings()).isEmpty();
            assertThat(stored.adverseEvents())
                    .extracting(AdverseEvent::attribution)
                    .containsOnlyNulls();
            assertThat(stored.fdgLesions()).extracting(FdgLesion::timepoint).containsOnly(Specimen.Timepoint.PRE);
            assertThat(stored.iodinePetScans()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void iodinePetCsvWithoutLesionsCsvCannotBeStored(TestDatabases.Server server) throws Exception {
        ClinicalFolders.copyFixture("new-items", study);
        for (String file : List.of("lesions.csv", "lesion_dosimetry.csv", "fdg.csv")) {
            Files.delete(study.resolve("clinical").resolve(file));
        }
        try (TestApplication app = TestApplication.start(server)) {
            assertThat(app.bean(StudyImport.class).importStudy(study))
                    .filteredOn(o -> o.relativePath().equals("clinical/iodine_pet.csv"))
                    .extracting(FileOutcome::line)
                    .containsExactly("clinical/iodine_pet.csv: rejected: cannot be stored without clinical/lesions.csv:"
                            + " the clinical folder replaces the stored one whole, and its rows name the lesions listed"
                            + " there");
            assertThat(rows(app, "iodine_pet")).isZero();
        }
    }

    private static long rows(TestApplication app, String table) {
        return new JdbcTemplate(app.bean(DataSource.class)).queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
