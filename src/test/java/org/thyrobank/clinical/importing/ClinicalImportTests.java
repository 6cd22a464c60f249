package org.thyrobank.clinical.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.ClinicalDerivations;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.DerivedClinical;
import org.thyrobank.clinical.LabNadir;
import org.thyrobank.clinical.LabValue;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.clinical.bundle.ClinicalBundleReader;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.FileOutcome.Outcome;
import org.thyrobank.platform.importing.StudyImport;

class ClinicalImportTests {

    @TempDir
    Path study;

    static List<TestDatabases.Server> servers() {
        return TestDatabases.servers();
    }

    /** Equal as the files and derivations mean them: decimals compared by value (the database pads the scale). */
    static <T> void assertSameData(T actual, T expected) {
        assertThat(actual)
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("servers")
    void theExampleFolderIsStoredWholeAndReadsBackAsTheFilesAndTheirDerivations(TestDatabases.Server server) {
        ClinicalFolders.copyExample(study);
        try (TestApplication app = TestApplication.start(server)) {
            ClinicalQueries queries = app.bean(ClinicalQueries.class);
            assertThat(queries.bundle()).isEmpty();

            List<String> followed = new java.util.ArrayList<>();
            List<FileOutcome> outcomes = app.bean(StudyImport.class)
                    .importStudy(
                            study,
                            "run-1",
                            "tester",
                            (done, total, part, file) -> followed.add(done + "/" + total + " " + file));

            assertThat(outcomes)
                    .hasSize(12)
                    .allSatisfy(o -> assertThat(o.outcome()).isEqualTo(Outcome.IMPORTED));
            // followed file by file while checked, then stored as one: the outcomes all come at the end
            assertThat(followed)
                    .contains(
                            "0/12 clinical/patients.csv (checking; clinical/ is applied in one transaction)",
                            "0/12 clinical/iodine_pet.csv (checking; clinical/ is applied in one transaction)",
                            "0/12 clinical/ (storing its 12 files in one transaction)",
                            "12/12 null");
            assertThat(outcomes).extracting(FileOutcome::line).contains("clinical/patients.csv: imported: 60 rows");
            assertThat(queries.patientCount()).isEqualTo(60);
            ClinicalBundle files = ClinicalBundleReader.read(study.resolve("clinical"));
            DerivedClinical derivedFromFiles = ClinicalDerivations.derive(files);
            ClinicalBundle stored = queries.bundle().orElseThrow();
            assertSameData(stored, files);
            assertSameData(queries.patientOutcomes(), derivedFromFiles.patients());
            assertSameData(queries.derived(), derivedFromFiles);
            assertSameData(ClinicalDerivations.derive(stored), queries.derived());
            assertThat(queries.specimens()).hasSize(files.specimens().size());
            assertThat(queries.findSpecimen("P-MI-001-PRE"))
                    .get()
                    .extracting(Specimen::timepoint)
                    .isEqualTo(Specimen.Timepoint.PRE);
            assertThat(queries.findSpecimen("NO-SUCH")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void reimportingTheSameFolderRunsNothingAndAnswersUnchanged(TestDatabases.Server server) {
        ClinicalFolders.copyExample(study);
        try (TestApplication app = TestApplication.start(server)) {
            StudyImport importer = app.bean(StudyImport.class);
            importer.importStudy(study);
            long executions = jobExecutions(app);
            var before = ClinicalFolders.snapshot(app.bean(DataSource.class));

            List<FileOutcome> again = importer.importStudy(study);

            assertThat(again)
                    .hasSize(12)
                    .allSatisfy(o ->
                            assertThat(o.line()).endsWith(": unchanged: same content as the stored clinical data"));
            assertThat(jobExecutions(app)).isEqualTo(executions);
            assertThat(ClinicalFolders.snapshot(app.bean(DataSource.class))).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aChangedLabValueReplacesTheFolderRecomputesTheNadirAndKeepsOtherModulesRows(TestDatabases.Server server) {
        ClinicalFolders.copyExample(study);
        try (TestApplication app = TestApplication.start(server)) {
            StudyImport importer = app.bean(StudyImport.class);
            ClinicalQueries queries = app.bean(ClinicalQueries.class);
            importer.importStudy(study);
            JdbcTemplate jdbc = new JdbcTemplate(app.bean(DataSource.class));
            jdbc.update(ClinicalFolders.QPCR_PLATE_OF_ANOTHER_MODULE);
            jdbc.update("INSERT INTO qpcr_value (source_file, plate_id, specimen_id, assay, cq) "
                    + "VALUES ('qpcr/PL01.csv', 'PL01', 'P-MI-001-PRE', 'hsa-miR-146b-5p', 31.2)");
            assertThat(nadir(queries, "MI-001", LabValue.Analyte.PLATELETS).value())
                    .isNotEqualByComparingTo("20");
            // MI-001 was treated on 2022-07-06: the platelets of 2022-07-27 are after therapy
            ClinicalFolders.edit(
                    study, "clinical/labs.csv", "MI-001,2022-07-27,PLATELETS,278,", "MI-001,2022-07-27,PLATELETS,20,");

            List<FileOutcome> outcomes = importer.importStudy(study);

            assertThat(outcomes)
                    .filteredOn(o -> o.relativePath().equals("clinical/labs.csv"))
                    .singleElement()
                    .satisfies(o -> {
                        assertThat(o.outcome()).isEqualTo(Outcome.REPLACED);
                        assertThat(o.line())
                                .isEqualTo(
                                        "clinical/labs.csv: replaced: replaced the previous content: 237 rows;"
                                                + " warning: patient MI-007 has a value drawn on 2022-03-31, after died_on 2022-03-26 in"
                                                + " clinical/follow_up.csv: the lab nadirs after therapy count them as recorded");
                    });
            assertThat(outcomes)
                    .filteredOn(o -> !o.relativePath().equals("clinical/labs.csv"))
                    .hasSize(11)
                    .allSatisfy(o -> assertThat(o.outcome()).isEqualTo(Outcome.UNCHANGED));
            LabNadir platelets = nadir(queries, "MI-001", LabValue.Analyte.PLATELETS);
            assertThat(platelets.value()).isEqualByComparingTo("20");
            assertThat(platelets.drawnOn()).hasToString("2022-07-27");
            assertThat(platelets.grade()).isEqualTo(4);
            assertSameData(
                    queries.derived(),
                    ClinicalDerivations.derive(ClinicalBundleReader.read(study.resolve("clinical"))));
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM qpcr_value WHERE specimen_id = 'P-MI-001-PRE'", Long.class))
                    .isEqualTo(1);
            assertThat(importer.importStudy(study))
                    .allSatisfy(o -> assertThat(o.outcome()).isEqualTo(Outcome.UNCHANGED));
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void theImportIsOneClinicalImportJobExecutionWithTheFolderAsItsFileParameter(TestDatabases.Server server) {
        ClinicalFolders.copyExample(study);
        try (TestApplication app = TestApplication.start(server)) {
            app.bean(StudyImport.class).importStudy(study);
            JdbcTemplate jdbc = new JdbcTemplate(app.bean(DataSource.class));
            assertThat(jdbc.queryForList(
                            "SELECT CONCAT(i.JOB_NAME, ' ', p.PARAMETER_VALUE, ' ', e.STATUS) "
                                    + "FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                                    + "JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                                    + "AND p.PARAMETER_NAME = 'file'",
                            String.class))
                    .containsExactly("clinicalImport clinical/ COMPLETED");
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aFileDroppedFromTheFolderHasItsRowsRemovedAndSaysSo(TestDatabases.Server server) throws Exception {
        ClinicalFolders.copyExample(study);
        try (TestApplication app = TestApplication.start(server)) {
            StudyImport importer = app.bean(StudyImport.class);
            importer.importStudy(study);
            java.nio.file.Files.delete(study.resolve("clinical/adverse_events.csv"));

            List<FileOutcome> outcomes = importer.importStudy(study);

            assertThat(outcomes).hasSize(11);
            assertThat(outcomes.get(0).line())
                    .endsWith("clinical/adverse_events.csv no longer in the folder: its rows were removed");
            ClinicalQueries queries = app.bean(ClinicalQueries.class);
            assertThat(queries.bundle().orElseThrow().adverseEvents()).isEmpty();
            assertThat(queries.bundle().orElseThrow().filesRead()).hasSize(11);
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void anUnknownColumnIsAWarningInItsFilesLineAndIsStoredWithTheBundle(TestDatabases.Server server) throws Exception {
        ClinicalFolders.copyExample(study);
        Path therapies = study.resolve("clinical/therapies.csv");
        List<String> lines = java.nio.file.Files.readAllLines(therapies);
        java.nio.file.Files.write(
                therapies,
                java.util.stream.IntStream.range(0, lines.size())
                        .mapToObj(i -> lines.get(i) + (i == 0 ? ",note" : ","))
                        .toList());
        try (TestApplication app = TestApplication.start(server)) {
            List<FileOutcome> outcomes = app.bean(StudyImport.class).importStudy(study);

            assertThat(outcomes)
                    .filteredOn(o -> o.relativePath().equals("clinical/therapies.csv"))
                    .singleElement()
                    .extracting(FileOutcome::detail)
                    .asString()
                    .startsWith(
                            "60 rows; warning: line 1, column 'note': unknown column, kept as a warning and not imported");
            assertThat(app.bean(ClinicalQueries.class).bundle().orElseThrow().warnings())
                    .filteredOn(w -> w.startsWith("clinical/therapies.csv: "))
                    .singleElement()
                    .asString()
                    .startsWith("clinical/therapies.csv: line 1, column 'note': unknown column");
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aDateThatDisagreesAcrossFilesIsAWarningInItsFilesLineAndTheFolderIsStillStored(TestDatabases.Server server) {
        ClinicalFolders.copyExample(study);
        // MI-001 was treated on 2022-07-06: a PRE plasma collected the day after disagrees with therapies.csv
        ClinicalFolders.edit(
                study,
                "clinical/specimens.csv",
                "P-MI-001-PRE,MI-001,PLASMA,PRE,2022-07-04",
                "P-MI-001-PRE,MI-001,PLASMA,PRE,2022-07-07");
        String warning = "clinical/specimens.csv: patient MI-001 has PRE specimen P-MI-001-PRE (PLASMA) collected on"
                + " 2022-07-07, after the first therapy on 2022-07-06 in clinical/therapies.csv: the miRNA PRE/POST"
                + " comparison takes the timepoint as written";
        try (TestApplication app = TestApplication.start(server)) {
            List<FileOutcome> outcomes = app.bean(StudyImport.class).importStudy(study);

            assertThat(outcomes)
                    .hasSize(12)
                    .allSatisfy(o -> assertThat(o.outcome()).isEqualTo(Outcome.IMPORTED));
            assertThat(outcomes)
                    .extracting(FileOutcome::line)
                    .contains("clinical/specimens.csv: imported: 163 rows;" + " warning: "
                            + warning.substring("clinical/specimens.csv: ".length()));
            ClinicalQueries queries = app.bean(ClinicalQueries.class);
            assertThat(queries.findSpecimen("P-MI-001-PRE"))
                    .get()
                    .extracting(Specimen::collectedOn)
                    .asString()
                    .isEqualTo("2022-07-07");
            assertThat(queries.bundle().orElseThrow().warnings())
                    .contains(warning)
                    .isEqualTo(
                            ClinicalBundleReader.read(study.resolve("clinical")).warnings());
        }
    }

    private static LabNadir nadir(ClinicalQueries queries, String patientId, LabValue.Analyte test) {
        return queries.derived().labNadirs().stream()
                .filter(n -> n.patientId().equals(patientId) && n.test() == test)
                .findFirst()
                .orElseThrow();
    }

    private static long jobExecutions(TestApplication app) {
        return new JdbcTemplate(app.bean(DataSource.class))
                .queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class);
    }
}
