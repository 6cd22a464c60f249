package org.thyrobank.mirna.plate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.ExampleStudy;
import org.thyrobank.mirna.NtcWell;
import org.thyrobank.mirna.QpcrMeasurement;
import org.thyrobank.mirna.QpcrPlate;
import org.thyrobank.mirna.ReplicateMean;

class PlateReaderTests {

    static final String FIXTURES = "/org/thyrobank/mirna/plate/";
    static final List<String> EXAMPLE_PLATES = ExampleStudy.PLATES;

    private final PlateReader reader = new PlateReader(ExampleStudy.specimens(), AssayPanel.fromReference());

    @ParameterizedTest
    @FieldSource("EXAMPLE_PLATES")
    void everyExamplePlateReadsCleanlyAsTheLongCsv(String plate) {
        QpcrPlate read =
                reader.read("qpcr/" + plate + ".csv", ExampleStudy.bytes(ExampleStudy.ROOT + "qpcr/" + plate + ".csv"));

        assertThat(read.format()).isEqualTo("long-csv");
        int wells = ExampleStudy.specimensOn(plate) * 33;
        assertThat(read.measurements()).hasSize(wells);
        assertThat(read.replicates()).hasSize(wells).allMatch(r -> r.wells() == 1);
        assertThat(read.measurements().stream().map(QpcrMeasurement::specimenId).distinct())
                .hasSize(ExampleStudy.specimensOn(plate));
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void longCsvKeepsUndeterminedAndEmptyCqAsNotAmplified() {
        QpcrPlate plate = read("qpcr/PL99.csv", """
                specimen_id,assay,cq,well,run_id
                P-MI-001-PRE,hsa-miR-16-5p,29.446,A1,RUN7
                P-MI-001-PRE,hsa-miR-208a-3p,Undetermined,A2,RUN7
                P-MI-001-PRE,hsa-miR-31-5p,,A3,RUN7
                """);

        assertThat(plate.measurements())
                .containsExactly(
                        new QpcrMeasurement("P-MI-001-PRE", "hsa-miR-16-5p", 29.446, "A1", "RUN7"),
                        new QpcrMeasurement("P-MI-001-PRE", "hsa-miR-208a-3p", null, "A2", "RUN7"),
                        new QpcrMeasurement("P-MI-001-PRE", "hsa-miR-31-5p", null, "A3", "RUN7"));
    }

    @Test
    void longCsvWarnsAboutAnUnknownColumnAndKeepsTheRows() {
        QpcrPlate plate = read("qpcr/PL99.csv", """
                specimen_id,assay,cq,operator
                P-MI-001-PRE,hsa-miR-16-5p,29.446,GB
                """);

        assertThat(plate.warnings()).containsExactly("line 1: unknown column 'operator' ignored");
        assertThat(plate.measurements()).hasSize(1);
    }

    @Test
    void technicalReplicatesAreAveragedWithTheirSampleSd() {
        QpcrPlate plate = read("qpcr/PL99.csv", """
                specimen_id,assay,cq,well
                P-MI-001-PRE,hsa-miR-16-5p,29.0,A1
                P-MI-001-PRE,hsa-miR-16-5p,29.4,A2
                P-MI-001-PRE,hsa-miR-16-5p,29.2,A3
                P-MI-001-PRE,hsa-miR-31-5p,Undetermined,B1
                P-MI-001-PRE,hsa-miR-31-5p,34.5,B2
                """);

        ReplicateMean mir16 = plate.replicates().get(0);
        assertThat(mir16.cq()).isCloseTo(29.2, within(1e-12));
        // deviations -0.2, 0.2, 0: sqrt((0.04 + 0.04) / 2) = 0.2
        assertThat(mir16.sd()).isCloseTo(0.2, within(1e-12));
        assertThat(mir16.wells()).isEqualTo(3);
        assertThat(plate.replicates().get(1))
                .isEqualTo(new ReplicateMean("P-MI-001-PRE", "hsa-miR-31-5p", 34.5, null, 2, 1));
    }

    @Test
    void quantStudioExportReadsItsResultsTableKeepsItsNtcApartAndSkipsOmittedAndEmptyWells() {
        QpcrPlate plate =
                reader.read("qpcr/QS-2023-03-02.txt", ExampleStudy.bytes(FIXTURES + "quantstudio-results.txt"));

        assertThat(plate.format()).isEqualTo("quantstudio");
        assertThat(plate.measurements()).hasSize(11).allMatch(m -> "QS-2023-03-02".equals(m.runId()));
        assertThat(plate.ntcWells()).containsExactly(new NtcWell("hsa-miR-16-5p", null, "H1", "QS-2023-03-02"));
        assertThat(plate.measurements().get(0))
                .isEqualTo(new QpcrMeasurement("P-MI-001-PRE", "hsa-miR-16-5p", 29.446, "A1", "QS-2023-03-02"));
        assertThat(plate.measurements())
                .filteredOn(m -> m.assay().equals("hsa-miR-208a-3p"))
                .extracting(QpcrMeasurement::cq)
                .containsExactly((Double) null);
        assertThat(plate.replicates())
                .filteredOn(r -> r.assay().equals("hsa-miR-16-5p"))
                .extracting(ReplicateMean::wells)
                .containsExactly(2, 2);
    }

    @Test
    void sevenThousandFiveHundredExportWithDetectorNameAndCtReads() {
        QpcrPlate plate = reader.read("qpcr/7500.txt", ExampleStudy.bytes(FIXTURES + "7500-results.txt"));

        assertThat(plate.format()).isEqualTo("quantstudio");
        assertThat(plate.measurements())
                .containsExactly(
                        new QpcrMeasurement("P-MI-002-PRE", "hsa-miR-21-5p", 26.713, "A1", "7500-2021-11-18"),
                        new QpcrMeasurement("P-MI-002-PRE", "UniSp6", 19.884, "A2", "7500-2021-11-18"),
                        new QpcrMeasurement("P-MI-002-PRE", "hsa-miR-31-5p", null, "A3", "7500-2021-11-18"));
    }

    @Test
    void rdmlZipReadsSamplesTargetsAndCqWithWellsFromThePlateFormat() throws IOException {
        QpcrPlate plate =
                reader.read("qpcr/RD-2022-11-03.rdml", rdmlZip(ExampleStudy.bytes(FIXTURES + "rdml_data.xml")));

        assertThat(plate.format()).isEqualTo("rdml");
        assertThat(plate.measurements())
                .containsExactly(
                        new QpcrMeasurement("P-VR-016-PRE", "hsa-miR-146b-5p", 27.31, "A1", "RD-2022-11-03-1"),
                        new QpcrMeasurement("P-VR-016-PRE", "hsa-miR-16-5p", 29.02, "A2", "RD-2022-11-03-1"),
                        new QpcrMeasurement("P-VR-016-PRE", "UniSp3", 21.40, "A3", "RD-2022-11-03-1"),
                        new QpcrMeasurement("P-VR-016-POST", "hsa-miR-146b-5p", 25.88, "B1", "RD-2022-11-03-1"),
                        new QpcrMeasurement("P-VR-016-POST", "hsa-miR-16-5p", 29.17, "B2", "RD-2022-11-03-1"),
                        new QpcrMeasurement("P-VR-016-POST", "UniSp3", null, "B3", "RD-2022-11-03-1"));
    }

    @Test
    void rdmlAsPlainXmlReadsTheSame() throws IOException {
        byte[] xml = ExampleStudy.bytes(FIXTURES + "rdml_data.xml");

        assertThat(reader.read("qpcr/plain.xml", xml).measurements())
                .isEqualTo(reader.read("qpcr/zipped.rdml", rdmlZip(xml)).measurements());
    }

    @Test
    void plateFileOnDiskIsReadUnderItsPath(@TempDir Path dir) throws IOException {
        Path file = Files.write(
                dir.resolve("PL99.csv"),
                "specimen_id,assay,cq\nP-MI-001-PRE,hsa-miR-16-5p,29.4\n".getBytes(StandardCharsets.UTF_8));

        assertThat(reader.read(file).file()).isEqualTo(file.toString());
    }

    private QpcrPlate read(String file, String content) {
        return reader.read(file, content.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] rdmlZip(byte[] xml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("rdml_data.xml"));
            zip.write(xml);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
