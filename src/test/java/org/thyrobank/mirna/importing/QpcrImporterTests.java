package org.thyrobank.mirna.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.ExampleStudy;
import org.thyrobank.mirna.QpcrQueries;
import org.thyrobank.mirna.persistence.QpcrValueMapper;
import org.thyrobank.mirna.persistence.QpcrValueMapper.QpcrNtcRow;
import org.thyrobank.mirna.persistence.QpcrValueMapper.QpcrValueRow;
import org.thyrobank.mirna.plate.PlateReader;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.FileOutcome.Outcome;
import org.thyrobank.platform.importing.StudyImport;
import org.thyrobank.platform.status.Status;
import org.thyrobank.platform.status.StatusQueries;

class QpcrImporterTests {

    private static final long EXAMPLE_WELLS =
            ExampleStudy.PLATES.stream().mapToLong(QpcrStudy::exampleWells).sum();

    @TempDir
    Path dir;

    static List<TestDatabases.Server> servers() {
        return TestDatabases.servers();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void theThirteenExamplePlatesAreStoredWellByWellEachByItsOwnJob(TestDatabases.Server server) {
        try (TestApplication app = start(server)) {
            List<FileOutcome> outcomes = importStudy(app, new QpcrStudy(dir).withExamplePlates());

            assertThat(outcomes)
                    .hasSize(13)
                    .allSatisfy(o -> assertThat(o.outcome()).isEqualTo(Outcome.IMPORTED));
            assertThat(outcomes.get(0).line())
                    .isEqualTo("qpcr/PL01.csv: imported: plate PL01 (thyrobank long CSV): "
                            + QpcrStudy.exampleWells("PL01") + " wells, 8 specimens, 33 assays");
            assertThat(outcomes.get(12).line())
                    .isEqualTo("qpcr/PL13.csv: imported: plate PL13 (thyrobank long CSV): "
                            + "231 wells, 7 specimens, 33 assays");
            // data lines counted in the files: 264 on PL01-PL12 (8 specimens x 33 assays), 231 on PL13 (7 x 33)
            assertThat(app.bean(QpcrQueries.class).valueCount())
                    .isEqualTo(EXAMPLE_WELLS)
                    .isEqualTo(264 * 12 + 231);
            for (String plate : ExampleStudy.PLATES) {
                assertThat(wellsOf(app, "qpcr/" + plate + ".csv")).as(plate).isEqualTo(QpcrStudy.exampleWells(plate));
            }
            assertThat(recorded(app))
                    .hasSize(13)
                    .allSatisfy(kind -> assertThat(kind).isEqualTo("QPCR"));
            List<Status.JobRun> jobs = app.bean(StatusQueries.class).status().jobs();
            assertThat(jobs).hasSize(13).allSatisfy(job -> {
                assertThat(job.job()).isEqualTo("qpcrImport");
                assertThat(job.status()).isEqualTo("COMPLETED");
            });
            assertThat(jobs).extracting(Status.JobRun::file).contains("qpcr/PL01.csv", "qpcr/PL13.csv");
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void importingTheSamePlatesAgainIsUnchangedRunsNoJobAndStoresNothingTwice(TestDatabases.Server server) {
        try (TestApplication app = start(server)) {
            QpcrStudy study = new QpcrStudy(dir).withExamplePlates();
            importStudy(app, study);

            List<FileOutcome> again = importStudy(app, study);

            assertThat(again)
                    .hasSize(13)
                    .allSatisfy(o -> assertThat(o.outcome()).isEqualTo(Outcome.UNCHANGED));
            assertThat(again.get(0).line()).isEqualTo("qpcr/PL01.csv: unchanged: same SHA-256 as when it was imported");
            assertThat(app.bean(QpcrQueries.class).valueCount()).isEqualTo(EXAMPLE_WELLS);
            assertThat(jdbc(app).queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class))
                    .isEqualTo(13);
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aChangedPlateReplacesItsEarlierWellsInOneGo(TestDatabases.Server server) {
        try (TestApplication app = start(server)) {
            QpcrStudy study = new QpcrStudy(dir).withExamplePlates();
            importStudy(app, study);
            List<String> lines = QpcrStudy.examplePlate("PL01").lines().toList();
            assertThat(lines.get(1)).isEqualTo("P-MI-001-PRE,hsa-miR-16-5p,28.146,A1");
            List<String> edited = new ArrayList<>(lines.subList(0, lines.size() - 4));
            edited.set(1, "P-MI-001-PRE,hsa-miR-16-5p,30.125,A1");
            study.write("qpcr/PL01.csv", String.join("\n", edited) + "\n");

            List<FileOutcome> outcomes = importStudy(app, study);

            assertThat(outcomes.get(0).line())
                    .isEqualTo("qpcr/PL01.csv: replaced: plate PL01 (thyrobank long CSV): 260 wells, "
                            + "8 specimens, 33 assays (replacing the 264 wells of the earlier version)");
            assertThat(outcomes.subList(1, 13))
                    .allSatisfy(o -> assertThat(o.outcome()).isEqualTo(Outcome.UNCHANGED));
            assertThat(wellsOf(app, "qpcr/PL01.csv")).isEqualTo(260);
            assertThat(app.bean(QpcrQueries.class).valueCount()).isEqualTo(EXAMPLE_WELLS - 4);
            assertThat(jdbc(app)
                            .queryForList(
                                    "SELECT cq FROM qpcr_value WHERE plate_id = 'PL01' AND well = 'A1'", Double.class))
                    .containsExactly(30.125);
            assertThat(jdbc(app).queryForObject("SELECT wells FROM qpcr_plate WHERE plate_id = 'PL01'", Integer.class))
                    .isEqualTo(260);
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aRejectedPlateIsNamedWithLineAndValueAndLeavesNothingBehind(TestDatabases.Server server) {
        String valid = "specimen_id,assay,cq,well\nP-MI-001-PRE,hsa-miR-16-5p,29.446,A1\n"
                + "P-MI-001-PRE,hsa-miR-103a-3p,23.174,B1\n";
        try (TestApplication app = start(server)) {
            QpcrStudy study = new QpcrStudy(dir)
                    .write("qpcr/BAD-CQ.csv", valid + "P-MI-001-PRE,hsa-miR-191-5p,26.6x,C1\n")
                    .write("qpcr/BAD-SPECIMEN.csv", valid + "P-MI-999-PRE,hsa-miR-191-5p,26.689,C1\n")
                    .write("qpcr/BAD-TISSUE.csv", valid + "T-MI-001,hsa-miR-191-5p,26.689,C1\n");

            List<FileOutcome> outcomes = importStudy(app, study);

            assertThat(outcomes)
                    .extracting(FileOutcome::line)
                    .containsExactly(
                            "qpcr/BAD-CQ.csv: rejected: line 4, column 'cq': found '26.6x', "
                                    + "expected a number or 'Undetermined'",
                            "qpcr/BAD-SPECIMEN.csv: rejected: line 4, column 'specimen_id': found 'P-MI-999-PRE', "
                                    + "expected a specimen id of specimens.csv (unknown specimen)",
                            "qpcr/BAD-TISSUE.csv: rejected: line 4, column 'specimen_id': found 'T-MI-001', "
                                    + "expected a PLASMA or SERUM specimen (this one is TUMOUR_TISSUE)");
            assertThat(app.bean(QpcrQueries.class).valueCount()).isZero();
            assertThat(jdbc(app).queryForObject("SELECT COUNT(*) FROM qpcr_plate", Long.class))
                    .isZero();
            assertThat(recorded(app)).isEmpty();
            assertThat(app.bean(StatusQueries.class).status().jobs())
                    .hasSize(3)
                    .allSatisfy(job -> assertThat(job.status()).isEqualTo("FAILED"));
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aRejectedNewVersionLeavesTheEarlierPlateAndItsChecksumInPlace(TestDatabases.Server server) {
        try (TestApplication app = start(server)) {
            QpcrStudy study = new QpcrStudy(dir).withExamplePlates();
            importStudy(app, study);
            study.write("qpcr/PL02.csv", QpcrStudy.examplePlate("PL02").replaceFirst(",\\d+\\.\\d+,", ",-3.2,"));

            List<FileOutcome> broken = importStudy(app, study);

            assertThat(broken.get(1).line())
                    .isEqualTo("qpcr/PL02.csv: rejected: line 2, column 'cq': "
                            + "found '-3.2', expected a Cq >= 0 (a negative Cq is not a cycle)");
            assertThat(wellsOf(app, "qpcr/PL02.csv")).isEqualTo(QpcrStudy.exampleWells("PL02"));
            study.write("qpcr/PL02.csv", QpcrStudy.examplePlate("PL02"));
            assertThat(importStudy(app, study))
                    .allSatisfy(o -> assertThat(o.outcome()).isEqualTo(Outcome.UNCHANGED));
            assertThat(app.bean(QpcrQueries.class).valueCount()).isEqualTo(EXAMPLE_WELLS);
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void quantStudioAndRdmlExportsGoThroughTheSameImporter(TestDatabases.Server server) {
        byte[] quantStudio = ExampleStudy.bytes(QpcrStudy.FIXTURES + "quantstudio-results.txt");
        byte[] rdml = QpcrStudy.rdmlZip(ExampleStudy.bytes(QpcrStudy.FIXTURES + "rdml_data.xml"));
        PlateReader reader = new PlateReader(ExampleStudy.specimens(), AssayPanel.fromReference());
        int quantStudioWells = reader.read("qs", quantStudio).measurements().size();
        int rdmlWells = reader.read("rdml", rdml).measurements().size();
        try (TestApplication app = start(server)) {
            QpcrStudy study = new QpcrStudy(dir)
                    .write("qpcr/QS-2023-03-02.txt", quantStudio)
                    .write("qpcr/RD-2022-11-03.rdml", rdml);

            List<FileOutcome> outcomes = importStudy(app, study);

            assertThat(outcomes).extracting(FileOutcome::outcome).containsExactly(Outcome.IMPORTED, Outcome.IMPORTED);
            assertThat(outcomes.get(0).detail())
                    .startsWith("plate QS-2023-03-02 (QuantStudio 5, all sections): " + quantStudioWells + " wells");
            assertThat(outcomes.get(1).detail())
                    .isEqualTo("plate RD-2022-11-03 (RDML 1.1, LightCycler 480 II): 6 wells, 2 specimens, 3 assays");
            assertThat(wellsOf(app, "qpcr/QS-2023-03-02.txt")).isEqualTo(quantStudioWells);
            assertThat(wellsOf(app, "qpcr/RD-2022-11-03.rdml"))
                    .isEqualTo(rdmlWells)
                    .isEqualTo(6);
            assertThat(jdbc(app).queryForList("SELECT format FROM qpcr_plate ORDER BY plate_id", String.class))
                    .containsExactly("quantstudio", "rdml");
            assertThat(jdbc(app)
                            .queryForList(
                                    "SELECT cq FROM qpcr_value WHERE plate_id = 'RD-2022-11-03' " + "AND well = 'B3'",
                                    Double.class))
                    .containsExactly((Double) null);
        }
    }

    private static final String LAB_PLATE =
            "* Experiment Name = QS-LAB-1\n* Instrument Type = QuantStudio(TM) 5 System\n\n"
                    + "[Results]\nWell\tWell Position\tSample Name\tTarget Name\tTask\tCT\n"
                    + "1\tA1\tlab-1\thsa-miR-16\tUNKNOWN\t29.1\n"
                    + "2\tA2\tlab-1\tRNU6B\tUNKNOWN\t22.4\n"
                    + "3\tA3\tlab-2\thsa-miR-21-5p\tUNKNOWN\tUndetermined\n"
                    + "4\tA4\tNTC\thsa-miR-16\tNTC\tUndetermined\n";

    @ParameterizedTest
    @MethodSource("servers")
    void labLabelsOldNamesAndAnOffPanelTargetAreStoredWithOffPanelWellsLeftOutOfWhatIsAnalysed(
            TestDatabases.Server server) {
        try (TestApplication app = start(server)) {
            QpcrStudy study = new QpcrStudy(dir)
                    .write("qpcr/QS-LAB-1.txt", LAB_PLATE)
                    .write(
                            "qpcr/sample-map.csv",
                            "file,sample,specimen_id\nQS-LAB-1.txt,lab-1,P-MI-001-PRE\nQS-LAB-1.txt,lab-2,P-MI-002-PRE\n");

            List<FileOutcome> outcomes = importStudy(app, study);

            assertThat(outcomes)
                    .extracting(FileOutcome::line)
                    .containsExactly(
                            "qpcr/QS-LAB-1.txt: imported: plate QS-LAB-1 (QuantStudio 5, results only): 2 wells, "
                                    + "2 specimens, 2 assays, 1 off-panel wells, 1 NTC wells; warnings: 1 wells of "
                                    + "targets outside reference/mirna-panel.tsv stored apart, not normalised nor "
                                    + "analysed: RNU6B",
                            "qpcr/sample-map.csv: imported: sample labels of the plates, read with each plate");
            assertThat(app.bean(QpcrValueMapper.class).values())
                    .extracting(QpcrValueRow::specimenId, QpcrValueRow::assay, QpcrValueRow::cq)
                    .containsExactly(
                            tuple("P-MI-001-PRE", "hsa-miR-16-5p", 29.1), tuple("P-MI-002-PRE", "hsa-miR-21-5p", null));
            assertThat(app.bean(QpcrValueMapper.class).offPanelValues())
                    .extracting(QpcrValueRow::specimenId, QpcrValueRow::assay, QpcrValueRow::cq)
                    .containsExactly(tuple("P-MI-001-PRE", "RNU6B", 22.4));
            assertThat(app.bean(QpcrValueMapper.class).softwareOfPlate("QS-LAB-1"))
                    .isEqualTo("QuantStudio 5, results only");
        }
    }

    /** A QuantStudio results export of plate QS-NTC-1: P-MI-001-PRE's miR-16 in duplicate, then the given NTCs. */
    static String ntcPlate(String... ntcLines) {
        return "* Experiment Name = QS-NTC-1\n* Instrument Type = QuantStudio(TM) 5 System\n\n"
                + "[Results]\nWell\tWell Position\tSample Name\tTarget Name\tTask\tCT\n"
                + "1\tA1\tP-MI-001-PRE\thsa-miR-16\tUNKNOWN\t29.1\n"
                + "2\tA2\tP-MI-001-PRE\thsa-miR-16\tUNKNOWN\t29.3\n"
                + String.join("\n", ntcLines) + "\n";
    }

    @ParameterizedTest
    @MethodSource("servers")
    void ntcWellsAreStoredWithTheirPlateAndReplacedWithItsWells(TestDatabases.Server server) {
        try (TestApplication app = start(server)) {
            QpcrStudy study = new QpcrStudy(dir)
                    .write("qpcr/QS-NTC-1.txt", ntcPlate("95\tH11\tNTC\thsa-miR-16\tNTC\t31.2"))
                    .write("qpcr/QS-2023-03-02.txt", ExampleStudy.bytes(QpcrStudy.FIXTURES + "quantstudio-results.txt"))
                    .write("qpcr/RD-CFX.rdml", QpcrStudy.rdmlZip(ExampleStudy.bytes("/qpcr-formats/rdml-1.1-cfx.xml")));

            assertThat(importStudy(app, study)).extracting(FileOutcome::outcome).containsOnly(Outcome.IMPORTED);
            assertThat(app.bean(QpcrValueMapper.class).ntcWells())
                    .containsExactly(
                            new QpcrNtcRow(
                                    "qpcr/QS-2023-03-02.txt",
                                    "QS-2023-03-02",
                                    "hsa-miR-16-5p",
                                    null,
                                    "H1",
                                    "QS-2023-03-02"),
                            new QpcrNtcRow("qpcr/QS-NTC-1.txt", "QS-NTC-1", "hsa-miR-16-5p", 31.2, "H11", "QS-NTC-1"),
                            new QpcrNtcRow(
                                    "qpcr/RD-CFX.rdml", "RD-CFX", "hsa-miR-204-5p", null, "H12", "Amp Step 3_FAM"));

            study.write(
                    "qpcr/QS-NTC-1.txt",
                    ntcPlate(
                            "95\tH11\tNTC\thsa-miR-16\tNTC\tUndetermined",
                            "96\tH12\tNTC\thsa-miR-21-5p\tNTC\tUndetermined"));
            List<FileOutcome> again = importStudy(app, study);

            assertThat(again)
                    .extracting(FileOutcome::line)
                    .contains("qpcr/QS-NTC-1.txt: replaced: plate QS-NTC-1 (QuantStudio 5, results only): 2 wells, "
                            + "1 specimens, 1 assays, 2 NTC wells (replacing the 2 wells of the earlier version)");
            assertThat(jdbc(app)
                            .queryForList(
                                    "SELECT CONCAT(well, ' ', assay, ' ', COALESCE(cq, 'Undetermined')) FROM qpcr_ntc "
                                            + "WHERE plate_id = 'QS-NTC-1' ORDER BY id",
                                    String.class))
                    .containsExactly("H11 hsa-miR-16-5p Undetermined", "H12 hsa-miR-21-5p Undetermined");
            assertThat(jdbc(app).queryForObject("SELECT COUNT(*) FROM qpcr_ntc", Long.class))
                    .isEqualTo(4);
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aRejectedNewVersionOfAPlateKeepsItsStoredNtcWells(TestDatabases.Server server) {
        try (TestApplication app = start(server)) {
            QpcrStudy study =
                    new QpcrStudy(dir).write("qpcr/QS-NTC-1.txt", ntcPlate("95\tH11\tNTC\thsa-miR-16\tNTC\t31.2"));
            importStudy(app, study);

            study.write("qpcr/QS-NTC-1.txt", ntcPlate("95\tH11\tNTC\thsa-miR-16\tNTC\tthirty"));

            assertThat(importStudy(app, study))
                    .extracting(FileOutcome::line)
                    .containsExactly("qpcr/QS-NTC-1.txt: rejected: line 8, column 'CT': found 'thirty', expected a "
                            + "number or 'Undetermined'");
            assertThat(app.bean(QpcrValueMapper.class).ntcWells())
                    .extracting(QpcrNtcRow::well, QpcrNtcRow::cq)
                    .containsExactly(tuple("H11", 31.2));
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aLabelMissingFromTheSampleMapRejectsThePlateNamingFileSampleAndWell(TestDatabases.Server server) {
        try (TestApplication app = start(server)) {
            QpcrStudy study = new QpcrStudy(dir)
                    .write("qpcr/QS-LAB-1.txt", LAB_PLATE)
                    .write("qpcr/sample-map.csv", "file,sample,specimen_id\nQS-LAB-1.txt,lab-1,P-MI-001-PRE\n");

            List<FileOutcome> outcomes = importStudy(app, study);

            assertThat(outcomes.get(0).outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(outcomes.get(0).detail())
                    .isEqualTo("line 8 (well A3): sample 'lab-2' is not in qpcr/sample-map.csv for QS-LAB-1.txt");
            assertThat(app.bean(QpcrQueries.class).valueCount()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void warningsOfAPlateAreShownWithItsOutcome(TestDatabases.Server server) {
        try (TestApplication app = start(server)) {
            QpcrStudy study = new QpcrStudy(dir)
                    .write("qpcr/PL99.csv", "specimen_id,assay,cq,operator\nP-MI-001-PRE,hsa-miR-16-5p,29.446,AB\n");

            assertThat(importStudy(app, study))
                    .extracting(FileOutcome::line)
                    .containsExactly(
                            "qpcr/PL99.csv: imported: plate PL99 (thyrobank long CSV): 1 wells, 1 specimens, 1 assays; "
                                    + "warnings: line 1: unknown column 'operator' ignored");
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aSecondFileClaimingTheSamePlateIdIsRejected(TestDatabases.Server server) {
        try (TestApplication app = start(server)) {
            QpcrStudy study = new QpcrStudy(dir)
                    .write("qpcr/PL01.csv", QpcrStudy.examplePlate("PL01"))
                    .write("qpcr/PL01.txt", ExampleStudy.bytes(QpcrStudy.FIXTURES + "quantstudio-results.txt"));

            List<FileOutcome> outcomes = importStudy(app, study);

            assertThat(outcomes.get(1).line())
                    .isEqualTo("qpcr/PL01.txt: rejected: plate id 'PL01' (the file name "
                            + "without its extension) is already taken by qpcr/PL01.csv; rename one of the two files");
            assertThat(wellsOf(app, "qpcr/PL01.txt")).isZero();
            assertThat(recorded(app)).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aPlateLargerThanTheInsertBatchIsStoredWhole(TestDatabases.Server server) throws IOException {
        Path settings = Files.writeString(
                        Files.createDirectories(dir.resolve("settings"))
                                .resolve(QpcrImportJob.SETTINGS + ".properties"),
                        "insert-batch-size=50\n")
                .getParent();
        try (TestApplication app = TestApplication.start(
                server, WebApplicationType.NONE, Map.of("thyrobank.batch-jobs.dir", settings.toString()))) {
            QpcrStudy.registerExampleSpecimens(app);
            QpcrStudy study =
                    new QpcrStudy(dir.resolve("study")).write("qpcr/PL01.csv", QpcrStudy.examplePlate("PL01"));

            assertThat(importStudy(app, study)).extracting(FileOutcome::outcome).containsExactly(Outcome.IMPORTED);
            assertThat(wellsOf(app, "qpcr/PL01.csv")).isEqualTo(264);
        }
    }

    static TestApplication start(TestDatabases.Server server) {
        TestApplication app = TestApplication.start(server);
        QpcrStudy.registerExampleSpecimens(app);
        return app;
    }

    private static List<FileOutcome> importStudy(TestApplication app, QpcrStudy study) {
        return app.bean(StudyImport.class).importStudy(study.dir());
    }

    private static JdbcTemplate jdbc(TestApplication app) {
        return app.bean(JdbcTemplate.class);
    }

    private static long wellsOf(TestApplication app, String file) {
        return jdbc(app).queryForObject("SELECT COUNT(*) FROM qpcr_value WHERE source_file = ?", Long.class, file);
    }

    private static List<String> recorded(TestApplication app) {
        return jdbc(app).queryForList("SELECT kind FROM imported_file", String.class);
    }
}
