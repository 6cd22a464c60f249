package org.thyrobank.clinical.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.FileOutcome.Outcome;
import org.thyrobank.platform.importing.StudyImport;

/**
 * A clinical folder with one bad file, or one the database refuses half-way, stores nothing: every file is
 * rejected and every clinical table, the file register and other modules' rows are as they were (row counts and
 * CHECKSUM TABLE), whether the database was empty or held an earlier import.
 */
class ClinicalRejectionTests {

    @TempDir
    Path temp;

    static List<TestDatabases.Server> servers() {
        return TestDatabases.servers();
    }

    /** One bad file made from the example: the edit, and what its rejection must say. */
    record BadFile(String name, String file, String from, String to, String expected) {}

    /** Bad files that no other file refers to, so that the other eleven are refused only as part of the folder. */
    static final List<BadFile> BAD_FILES = List.of(
            new BadFile(
                    "bad enumeration",
                    "clinical/labs.csv",
                    "MI-001,2022-07-27,PLATELETS,",
                    "MI-001,2022-07-27,PLATELET,",
                    "clinical/labs.csv: rejected: line 3, column 'test': found 'PLATELET', expected one of PLATELETS,"
                            + " NEUTROPHILS, LEUKOCYTES, LYMPHOCYTES, HEMOGLOBIN (upper case)"),
            new BadFile(
                    "identifying column",
                    "clinical/specimens.csv",
                    ",collected_on\n",
                    ",date_of_birth\n",
                    "clinical/specimens.csv: rejected: line 1, column 'date_of_birth': found 'date_of_birth', expected no"
                            + " column that identifies a person"),
            new BadFile(
                    "unknown patient",
                    "clinical/therapies.csv",
                    "MI-001,2022-07-06,",
                    "XX-999,2022-07-06,",
                    "clinical/therapies.csv: rejected: line 2, column 'patient_id': found 'XX-999', expected a patient_id"
                            + " listed in clinical/patients.csv"),
            new BadFile(
                    "unknown attribution",
                    "clinical/adverse_events.csv",
                    "MI-001,Dry mouth,1,2022-10-29,PROBABLE",
                    "MI-001,Dry mouth,1,2022-10-29,RELATED",
                    "clinical/adverse_events.csv: rejected: line 2, column"
                            + " 'attribution': found 'RELATED', expected one of UNRELATED, UNLIKELY, POSSIBLE, PROBABLE,"
                            + " DEFINITE (upper case)"),
            new BadFile(
                    "unknown FDG timepoint",
                    "clinical/fdg.csv",
                    "MI-001,MI-001-L1,2.1,false,POST",
                    "MI-001,MI-001-L1,2.1,false,M6",
                    "clinical/fdg.csv: rejected: line 144, column 'timepoint':"
                            + " found 'M6', expected one of PRE, POST (upper case)"),
            new BadFile(
                    "duplicate FDG timepoint",
                    "clinical/fdg.csv",
                    "MI-001,MI-001-L1,2.1,false,POST",
                    "MI-001,MI-001-L1,2.1,false,",
                    "clinical/fdg.csv: rejected: line 144: duplicate key patient_id"
                            + " MI-001, lesion_id MI-001-L1, timepoint PRE, already on line 2"),
            new BadFile(
                    "iodine PET of an unknown lesion",
                    "clinical/iodine_pet.csv",
                    "MI-001,MI-001-L1,2023-01-13,",
                    "MI-001,MI-001-L2,2023-01-13,",
                    "clinical/iodine_pet.csv: rejected: line 2, column 'lesion_id':"
                            + " found 'MI-001-L2', expected a lesion of patient MI-001 listed in clinical/lesions.csv"),
            new BadFile(
                    "iodine PET before therapy",
                    "clinical/iodine_pet.csv",
                    "MI-001,MI-001-L1,2023-01-13,",
                    "MI-001,MI-001-L1,2022-07-05,",
                    "clinical/iodine_pet.csv: rejected: line 2, column 'scanned_on':"
                            + " found '2022-07-05', expected a date on or after the first therapy (2022-07-06,"
                            + " clinical/therapies.csv): clinical/iodine_pet.csv holds the 124I PET repeated after"
                            + " therapy"));

    @ParameterizedTest
    @MethodSource("servers")
    void aBadFileRejectsEveryFileAndLeavesAnEmptyDatabaseEmpty(TestDatabases.Server server) {
        try (TestApplication app = TestApplication.start(server)) {
            for (BadFile bad : BAD_FILES) {
                assertRejectedAndNothingChanged(app, bad);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aBadFileRejectsEveryFileAndLeavesTheEarlierImportAsItWas(TestDatabases.Server server) {
        try (TestApplication app = TestApplication.start(server)) {
            Path good = ClinicalFolders.copyExample(temp.resolve("good"));
            assertThat(app.bean(StudyImport.class).importStudy(good))
                    .allSatisfy(o -> assertThat(o.outcome()).isEqualTo(Outcome.IMPORTED));
            new JdbcTemplate(app.bean(DataSource.class)).update(ClinicalFolders.QPCR_PLATE_OF_ANOTHER_MODULE);
            new JdbcTemplate(app.bean(DataSource.class))
                    .update(
                            "INSERT INTO qpcr_value (source_file, plate_id, "
                                    + "specimen_id, assay, cq) VALUES ('qpcr/PL01.csv', 'PL01', 'P-MI-001-PRE', 'UniSp6', 20.1)");
            for (BadFile bad : BAD_FILES) {
                assertRejectedAndNothingChanged(app, bad);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aValueTheDatabaseRefusesHalfWayRollsBackTheWholeFolder(TestDatabases.Server server) {
        // adverse_event.term is VARCHAR(255): the reader accepts the term, the database refuses it after patients,
        // specimens, lesions, dosimetry, therapies, FDG and assessments were inserted in the same transaction
        BadFile tooLong = new BadFile(
                "term too long",
                "clinical/adverse_events.csv",
                "MI-001,Dry mouth,",
                "MI-001," + "Dry mouth ".repeat(30) + ",",
                "clinical/adverse_events.csv: rejected: not applied: the"
                        + " database refused the clinical folder and nothing of it was stored: ");
        try (TestApplication app = TestApplication.start(server)) {
            assertRejectedAndNothingChanged(app, tooLong);
            app.bean(StudyImport.class).importStudy(ClinicalFolders.copyExample(temp.resolve("good")));
            assertRejectedAndNothingChanged(app, tooLong);
            assertThat(new JdbcTemplate(app.bean(DataSource.class))
                            .queryForList(
                                    "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID", String.class))
                    .containsExactly("FAILED", "COMPLETED", "FAILED");
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aFolderWithoutPatientsIsRejectedBecauseItWouldReplaceThemAll(TestDatabases.Server server) throws Exception {
        Path study = ClinicalFolders.copyExample(temp.resolve("partial"));
        try (var files = Files.list(study.resolve("clinical"))) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals("labs.csv")) {
                    Files.delete(file);
                }
            }
        }
        try (TestApplication app = TestApplication.start(server)) {
            assertThat(app.bean(StudyImport.class).importStudy(study))
                    .extracting(FileOutcome::line)
                    .containsExactly(
                            "clinical/labs.csv: rejected: cannot be stored without clinical/patients.csv: the clinical folder"
                                    + " replaces the stored one whole, and its rows name the patients listed there");
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aRejectedFileListsAsManyProblemsAsTheJobSettingsAllow(TestDatabases.Server server) throws Exception {
        Path study = ClinicalFolders.copyExample(temp.resolve("many"));
        for (String date : List.of("2022-07-27", "2022-08-10", "2022-08-24")) {
            ClinicalFolders.edit(
                    study, "clinical/labs.csv", "MI-001," + date + ",PLATELETS,", "MI-001,2022-13-01,PLATELETS,");
        }
        Path settings = Files.createDirectories(temp.resolve("settings"));
        Files.writeString(settings.resolve("clinical-import.properties"), "max-problems-per-file=2\n");
        try (TestApplication app = TestApplication.start(
                server, WebApplicationType.NONE, Map.of("thyrobank.batch-jobs.dir", settings.toString()))) {
            assertThat(app.bean(StudyImport.class).importStudy(study))
                    .filteredOn(o -> o.relativePath().equals("clinical/labs.csv"))
                    .singleElement()
                    .extracting(FileOutcome::detail)
                    .isEqualTo("line 3, column 'drawn_on': found '2022-13-01', expected an ISO date YYYY-MM-DD; "
                            + "line 4, column 'drawn_on': found '2022-13-01', expected an ISO date YYYY-MM-DD; "
                            + "... 1 more not listed here (max-problems-per-file is 2)");
        }
    }

    private void assertRejectedAndNothingChanged(TestApplication app, BadFile bad) {
        Path study = ClinicalFolders.copyExample(temp.resolve(bad.name().replace(' ', '-')));
        ClinicalFolders.edit(study, bad.file(), bad.from(), bad.to());
        DataSource dataSource = app.bean(DataSource.class);
        Map<String, String> before = ClinicalFolders.snapshot(dataSource);

        List<FileOutcome> outcomes = app.bean(StudyImport.class).importStudy(study);

        assertThat(outcomes)
                .as(bad.name())
                .hasSize(12)
                .allSatisfy(o -> assertThat(o.outcome()).isEqualTo(Outcome.REJECTED));
        assertThat(outcomes)
                .as(bad.name())
                .filteredOn(o -> o.relativePath().equals(bad.file()))
                .singleElement()
                .satisfies(o -> assertThat(o.line()).startsWith(bad.expected()));
        assertThat(outcomes)
                .as(bad.name())
                .filteredOn(o -> !o.relativePath().equals(bad.file()))
                .hasSize(11)
                .allSatisfy(o -> assertThat(o.detail()).startsWith("not applied: "));
        assertThat(ClinicalFolders.snapshot(dataSource)).as(bad.name()).isEqualTo(before);
    }
}
