package org.thyrobank.mirna.plate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.ExampleStudy;
import org.thyrobank.mirna.NtcWell;
import org.thyrobank.mirna.QpcrMeasurement;
import org.thyrobank.mirna.QpcrPlate;
import org.thyrobank.platform.BundleFileException;

/**
 * One hand-written file per export family and software generation (src/test/resources/qpcr-formats/, written from
 * each format's documentation and its quirks): the reader chosen from the content, the software named, and every
 * well as the file has it, old miRBase names mapped to the panel's.
 */
class PlateFormatsTests {

    static final String FIXTURES = "/qpcr-formats/";

    private final PlateReader reader = new PlateReader(ExampleStudy.specimens(), AssayPanel.fromReference());

    @Test
    void quantStudioExportWithAllSectionsIsReadFromItsResultsSection() {
        QpcrPlate plate = read("quantstudio7-flex-all-sections.txt");

        assertThat(plate.format()).isEqualTo("quantstudio");
        assertThat(plate.software()).isEqualTo("QuantStudio 7 Flex, all sections");
        assertThat(plate.measurements())
                .containsExactly(
                        new QpcrMeasurement("P-MI-001-PRE", "hsa-miR-16-5p", 29.446, "A1", "QS7-2024-05-14"),
                        new QpcrMeasurement("P-MI-001-PRE", "hsa-miR-16-5p", 29.512, "A2", "QS7-2024-05-14"),
                        new QpcrMeasurement("P-MI-001-PRE", "hsa-miR-451a", null, "A3", "QS7-2024-05-14"));
        assertThat(plate.ntcWells()).containsExactly(new NtcWell("hsa-miR-16-5p", null, "A5", "QS7-2024-05-14"));
        assertThat(plate.warnings())
                .containsExactly("2 wells skipped: omitted, or neither a sample name nor a control task");
    }

    @Test
    void quantStudioDesignAndAnalysisCommaSeparatedExportIsRead() {
        QpcrPlate plate = read("quantstudio3-results.csv");

        assertThat(plate.format()).isEqualTo("quantstudio");
        assertThat(plate.software()).isEqualTo("QuantStudio 3, results only");
        assertThat(plate.measurements())
                .containsExactly(
                        new QpcrMeasurement("P-MI-002-PRE", "hsa-miR-21-5p", 27.118, "A1", "QS3-2023-11-02"),
                        new QpcrMeasurement("P-MI-002-PRE", "UniSp6", 19.904, "A2", "QS3-2023-11-02"));
    }

    @Test
    void stepOneSoftwareV2CyrillicTeHeaderIsTheCqColumn() {
        QpcrPlate plate = read("stepone-v2-cyrillic-te.txt");

        assertThat(plate.software()).isEqualTo("StepOnePlus, results only");
        assertThat(plate.measurements())
                .containsExactly(
                        new QpcrMeasurement("P-MI-003-PRE", "hsa-miR-146b-5p", 30.2217, "A1", null),
                        new QpcrMeasurement("P-MI-003-PRE", "hsa-miR-146b-5p", 30.1753, "A2", null),
                        new QpcrMeasurement("P-MI-003-PRE", "cel-miR-39-3p", null, "A3", null));
        assertThat(plate.ntcWells()).containsExactly(new NtcWell("hsa-miR-146b-5p", null, "A4", null));
    }

    @Test
    void decimalCommasOfA7500SoftwareV2ExportAreRead() {
        QpcrPlate plate = read("7500-v2-decimal-comma.txt");

        assertThat(plate.software()).isEqualTo("7500, results only");
        assertThat(plate.measurements())
                .containsExactly(
                        new QpcrMeasurement("P-MI-004-PRE", "hsa-miR-7-5p", 24.1273, "A1", null),
                        new QpcrMeasurement("P-MI-004-PRE", "hsa-miR-7-5p", 23.6555, "A2", null),
                        new QpcrMeasurement("P-MI-004-PRE", "hsa-miR-93-5p", null, "A3", null));
    }

    @Test
    void sds1ResultsOfA7500AreRead() {
        QpcrPlate plate = read("sds13-7500-results.csv");

        assertThat(plate.format()).isEqualTo("sds-1");
        assertThat(plate.software()).isEqualTo("Applied Biosystems 7500 Real-Time PCR System, SDS v1.4");
        assertThat(plate.measurements())
                .containsExactly(
                        new QpcrMeasurement("P-MI-005-PRE", "hsa-miR-122-5p", 28.87, "A1", null),
                        new QpcrMeasurement("P-MI-005-PRE", "hsa-miR-122-5p", 28.60, "A2", null),
                        new QpcrMeasurement("P-MI-005-PRE", "hsa-miR-375", null, "A3", null));
        assertThat(plate.ntcWells()).containsExactly(new NtcWell("hsa-miR-122-5p", null, "A4", null));
    }

    @Test
    void sds2ResultsOf7900htWithLoneCarriageReturnsAndTwoPlatesAreRead() {
        QpcrPlate plate = read("sds23-7900ht-rq.txt");

        assertThat(plate.format()).isEqualTo("sds-2");
        assertThat(plate.software()).isEqualTo("7900HT, SDS 2.3 RQ Results");
        assertThat(plate.measurements())
                .containsExactly(
                        new QpcrMeasurement("P-MI-006-PRE", "hsa-miR-16-5p", 21.463166, "A1", "PLATE-A"),
                        new QpcrMeasurement("P-MI-006-PRE", "hsa-miR-155-5p", 33.949196, "A2", "PLATE-A"),
                        new QpcrMeasurement("P-MI-006-PRE", "hsa-miR-31-5p", null, "A3", "PLATE-A"),
                        new QpcrMeasurement("P-MI-006-PRE", "hsa-miR-16-5p", 21.501233, "A1", "PLATE-B"));
    }

    @Test
    void bioRadCfxCqResultsAreReadWithNotApplicableAsNoAmplification() {
        QpcrPlate plate = read("cfx-quantification-cq-results.csv");

        assertThat(plate.format()).isEqualTo("biorad-cfx");
        assertThat(plate.software()).isEqualTo("Bio-Rad CFX Manager, Quantification Cq Results");
        assertThat(plate.measurements())
                .containsExactly(
                        new QpcrMeasurement("P-MI-007-PRE", "hsa-miR-221-3p", 31.74, "A01", null),
                        new QpcrMeasurement("P-MI-007-PRE", "hsa-miR-221-3p", 31.89, "A02", null),
                        new QpcrMeasurement("P-MI-007-PRE", "hsa-miR-222-3p", null, "A03", null));
        assertThat(plate.ntcWells()).containsExactly(new NtcWell("hsa-miR-221-3p", null, "A04", null));
        assertThat(plate.warnings()).contains("1 control or standard wells not stored");
    }

    @Test
    void lightCycler480TakesItsTargetAndLabelsFromTheSampleMap() {
        SampleMap map = SampleMap.parse("qpcr/sample-map.csv", bytes("lightcycler480-sample-map.csv"));
        QpcrPlate plate = reader.read("qpcr/lightcycler480-absquant.txt", bytes("lightcycler480-absquant.txt"), map);

        assertThat(plate.format()).isEqualTo("lightcycler-480");
        assertThat(plate.software()).isEqualTo("LightCycler 480, Abs Quant (SYBR Green I / HRM Dye (465-510))");
        String run = "plasma miR-21 Abs Quant";
        assertThat(plate.measurements())
                .containsExactly(
                        new QpcrMeasurement("P-MI-008-PRE", "hsa-miR-21-5p", 26.13, "A1", run),
                        new QpcrMeasurement("P-MI-008-PRE", "hsa-miR-21-5p", 26.21, "A2", run));
    }

    @Test
    void lightCycler480WithoutASampleMapIsRefusedForItsMissingTarget() {
        BundleFileException e = catchThrowableOfType(
                BundleFileException.class,
                () -> reader.read("qpcr/lightcycler480-absquant.txt", bytes("lightcycler480-absquant.txt")));

        assertThat(e.problems())
                .contains("line 3, column 'target (qpcr/sample-map.csv)': found '', expected a target name "
                        + "(an assay of reference/mirna-panel.tsv)");
    }

    @Test
    void rdml10AsPlainXmlIsReadWithItsNtcApart() {
        QpcrPlate plate = read("rdml-1.0-stepone.xml");

        assertThat(plate.format()).isEqualTo("rdml");
        assertThat(plate.software()).isEqualTo("RDML 1.0, StepOne™ Software v2.3");
        assertThat(plate.measurements())
                .containsExactly(
                        new QpcrMeasurement("P-MI-009-PRE", "hsa-miR-16-5p", 28.31645, "A2", "Run001"),
                        new QpcrMeasurement("P-MI-009-PRE", "hsa-miR-142-3p", null, "A3", "Run001"));
        assertThat(plate.ntcWells()).containsExactly(new NtcWell("hsa-miR-16-5p", 40.0, "A1", "Run001"));
    }

    @Test
    void rdml10ZippedAsRdmlDataXmlIsRead() {
        QpcrPlate plate = reader.read("qpcr/P.rdml", zip(bytes("rdml-1.0-stepone.xml"), "rdml_data.xml", false));

        assertThat(plate.measurements()).hasSize(2);
    }

    /** CFX Manager 3.0: a spanning marker first, data descriptors, the entry named after the file. */
    @Test
    void rdml11ZipOfCfxManagerIsReadAndItsOffPanelTargetKeptApart() {
        QpcrPlate plate = reader.read("qpcr/cfx.rdml", zip(bytes("rdml-1.1-cfx.xml"), "BioRad_plasma_panel.xml", true));

        assertThat(plate.software()).isEqualTo("RDML 1.1, BioRadCFXManager.exe 3.0.1224.1015.");
        assertThat(plate.measurements())
                .containsExactly(new QpcrMeasurement(
                        "P-MI-010-PRE", "hsa-miR-204-5p", 27.7514537682101, "A1", "Amp Step 3_FAM"));
        assertThat(plate.offPanel())
                .containsExactly(new QpcrMeasurement("P-MI-010-PRE", "hsa-miR-9999", 33.125, "B1", "Amp Step 3_FAM"));
        assertThat(plate.ntcWells()).containsExactly(new NtcWell("hsa-miR-204-5p", null, "H12", "Amp Step 3_FAM"));
        assertThat(plate.warnings())
                .contains("1 wells of targets outside reference/mirna-panel.tsv stored apart, not normalised nor "
                        + "analysed: hsa-miR-9999");
    }

    @Test
    void rdml14IsReadWithPositionsTurnedIntoWellsOfA384Plate() {
        QpcrPlate plate = read("rdml-1.4.xml");

        assertThat(plate.software()).isEqualTo("RDML 1.4, QuantStudio 6 and 7 Software 1.3");
        assertThat(plate.measurements())
                .containsExactly(
                        new QpcrMeasurement("P-MI-011-PRE", "hsa-miR-320a", 24.748472, "B1", "Run 1"),
                        new QpcrMeasurement("P-MI-011-PRE", "UniSp3", 21.5, "B1", "Run 1"));
    }

    @Test
    void anExcelWorkbookIsRefusedSayingWhy() {
        byte[] xlsx = zip("<workbook/>".getBytes(StandardCharsets.UTF_8), "xl/workbook.xml", false);

        assertThat(refuse("qpcr/plate.xlsx", xlsx).getMessage())
                .startsWith("qpcr/plate.xlsx: an Excel workbook (.xlsx): not read, because");
    }

    @Test
    void aQuantStudioExperimentFileIsRefusedSayingWhy() {
        byte[] eds = zip("<Plate/>".getBytes(StandardCharsets.UTF_8), "apldbio/sds/plate_setup.xml", false);

        assertThat(refuse("qpcr/run.eds", eds).getMessage())
                .startsWith("qpcr/run.eds: a QuantStudio/StepOne experiment file (.eds): not read, because");
    }

    @Test
    void anOldExcelFileIsRefusedSayingWhy() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        assertThat(refuse("qpcr/plate.xls", xls).getMessage())
                .startsWith("qpcr/plate.xls: an Excel 97-2003 workbook (.xls) or other OLE2 file: not read");
    }

    @Test
    void aZipWithoutRdmlNamesItsEntries() {
        byte[] zip = zip("hello".getBytes(StandardCharsets.UTF_8), "notes.txt", false);

        assertThat(refuse("qpcr/run.rdml", zip).problems())
                .containsExactly("a zip whose entries (notes.txt) hold no RDML (<rdml> element)");
    }

    @Test
    void unknownTextNamesItsFirstLineAndWhatEachReaderExpects() {
        BundleFileException e = refuse("qpcr/odd.txt", "Sample;Gene;Ct\nS1;miR-21;28.1\n".getBytes());

        assertThat(e.problems())
                .singleElement()
                .asString()
                .startsWith("not a known qPCR plate format: its first line is 'Sample;Gene;Ct'; expected an RDML file")
                .contains("'Target Name' and 'CT', 'Cq' or 'Cт'", "'Detector' and 'Ct'", "'Cp'");
    }

    @Test
    void aQuantStudioExportWithSectionsButNoResultsIsRefused() {
        String text = "* Instrument Type = QuantStudio(TM) 7 Flex System\n\n[Sample Setup]\n"
                + "Well\tWell Position\tSample Name\tTarget Name\tTask\n1\tA1\tP-MI-001-PRE\thsa-miR-16\tUNKNOWN\n";

        assertThat(refuse("qpcr/setup.txt", text.getBytes(StandardCharsets.UTF_8))
                        .problems())
                .containsExactly("sections [[Sample Setup]] but no [Results]: export the experiment with its Results "
                        + "section");
    }

    private BundleFileException refuse(String file, byte[] content) {
        return catchThrowableOfType(PlateFormatException.class, () -> reader.read(file, content));
    }

    private QpcrPlate read(String fixture) {
        return reader.read("qpcr/" + fixture, bytes(fixture));
    }

    static byte[] bytes(String fixture) {
        try (InputStream in = PlateFormatsTests.class.getResourceAsStream(FIXTURES + fixture)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + fixture);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A zip of one deflated entry; ZipOutputStream writes a data descriptor after it. {@code spanningMarker} puts
     * {@code PK 07 08} first, as CFX Manager does.
     */
    static byte[] zip(byte[] content, String entry, boolean spanningMarker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (spanningMarker) {
            out.writeBytes(new byte[] {'P', 'K', 7, 8});
        }
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
