package org.thyrobank.mirna.plate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.ExampleStudy;
import org.thyrobank.mirna.QpcrMeasurement;
import org.thyrobank.mirna.QpcrPlate;
import org.thyrobank.mirna.ReplicateMean;
import org.thyrobank.platform.BundleFileException;

class PlateRejectionTests {

    private static final String HEADER = "specimen_id,assay,cq,well\n";

    private final PlateReader reader = new PlateReader(ExampleStudy.specimens(), AssayPanel.fromReference());

    @Test
    void unknownSpecimenIsRejectedNamingFileLineAndValue() {
        BundleFileException e = reject(HEADER + "P-MI-999-PRE,hsa-miR-16-5p,29.1,A1\n");

        assertThat(e.file()).isEqualTo("qpcr/PL99.csv");
        assertThat(e.problems())
                .containsExactly("line 2, column 'specimen_id': found 'P-MI-999-PRE', "
                        + "expected a specimen id of specimens.csv (unknown specimen)");
    }

    @Test
    void tumourTissueSpecimenIsRejected() {
        assertThat(reject(HEADER + "T-MI-001,hsa-miR-16-5p,29.1,A1\n").problems())
                .containsExactly("line 2, column 'specimen_id': found 'T-MI-001', expected a PLASMA or SERUM specimen "
                        + "(this one is TUMOUR_TISSUE)");
    }

    @Test
    void cqThatIsNeitherANumberNorUndeterminedIsRejected() {
        assertThat(reject(HEADER + "P-MI-001-PRE,hsa-miR-16-5p,29,4,A1\n".replace("29,4,A1", "\"29,4\",A1"))
                        .problems())
                .containsExactly("line 2, column 'cq': found '29,4', expected a number or 'Undetermined'");
    }

    @Test
    void notANumberSpelledOutIsRejectedRatherThanReadAsNaN() {
        assertThat(reject(HEADER + "P-MI-001-PRE,hsa-miR-16-5p,NaN,A1\n").problems())
                .containsExactly("line 2, column 'cq': found 'NaN', expected a number or 'Undetermined'");
    }

    @Test
    void negativeCqIsRejected() {
        assertThat(reject(HEADER + "P-MI-001-PRE,hsa-miR-16-5p,-1.5,A1\n").problems())
                .containsExactly(
                        "line 2, column 'cq': found '-1.5', expected a Cq >= 0 (a negative Cq is not a cycle)");
    }

    @Test
    void aPlateWithAnAssayOutsideThePanelIsNotRefusedButKeepsItApart() {
        QpcrPlate plate = reader.read(
                "qpcr/PL99.csv",
                (HEADER + "P-MI-001-PRE,hsa-miR-999-5p,29.1,A1\nP-MI-001-PRE,UniSp5,20.2,A2\n"
                                + "P-MI-001-PRE,hsa-miR-16-5p,27.3,A3\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(plate.measurements())
                .containsExactly(new QpcrMeasurement("P-MI-001-PRE", "hsa-miR-16-5p", 27.3, "A3", null));
        assertThat(plate.offPanel())
                .containsExactly(
                        new QpcrMeasurement("P-MI-001-PRE", "hsa-miR-999-5p", 29.1, "A1", null),
                        new QpcrMeasurement("P-MI-001-PRE", "UniSp5", 20.2, "A2", null));
        assertThat(plate.replicates()).extracting(ReplicateMean::assay).containsExactly("hsa-miR-16-5p");
        assertThat(plate.warnings())
                .containsExactly("2 wells of targets outside reference/mirna-panel.tsv stored apart, not normalised "
                        + "nor analysed: hsa-miR-999-5p, UniSp5");
    }

    @Test
    void aPreviousMirbaseNameIsStoredAsThePanelAssay() {
        QpcrPlate plate = reader.read(
                "qpcr/PL99.csv", (HEADER + "P-MI-001-PRE,hsa-miR-146b,29.1,A1\n").getBytes(StandardCharsets.UTF_8));

        assertThat(plate.measurements())
                .containsExactly(new QpcrMeasurement("P-MI-001-PRE", "hsa-miR-146b-5p", 29.1, "A1", null));
        assertThat(plate.offPanel()).isEmpty();
    }

    @Test
    void sameSpecimenAndAssayInTheSameWellTwiceIsRejected() {
        assertThat(reject(HEADER + "P-MI-001-PRE,hsa-miR-16-5p,29.1,A1\nP-MI-001-PRE,hsa-miR-16-5p,29.3,A1\n")
                        .problems())
                .containsExactly("line 3: specimen 'P-MI-001-PRE' measured again for assay "
                        + "'hsa-miR-16-5p' (first at line 2) without a distinct replicate well");
    }

    @Test
    void sameSpecimenAndAssayTwiceWithoutWellsIsRejected() {
        assertThat(reject("specimen_id,assay,cq\nP-MI-001-PRE,hsa-miR-16-5p,29.1\nP-MI-001-PRE,hsa-miR-16-5p,29.3\n")
                        .problems())
                .singleElement()
                .asString()
                .startsWith("line 3: specimen 'P-MI-001-PRE' measured again");
    }

    @Test
    void everyProblemOfTheFileIsReportedTogether() {
        BundleFileException e = reject(HEADER + "P-MI-001-PRE,hsa-miR-16-5p,29.1,A1\n"
                + "P-MI-999-PRE,hsa-miR-16-5p,29.1,A2\n" + "P-MI-001-PRE,hsa-miR-21-5p,-3,A3\n");

        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0)).startsWith("line 3,");
        assertThat(e.problems().get(1)).startsWith("line 4,");
    }

    @Test
    void missingRequiredColumnIsRejected() {
        assertThat(reject("specimen_id,assay,cq_value\nP-MI-001-PRE,hsa-miR-16-5p,29.1\n")
                        .problems())
                .containsExactly("line 1: required column 'cq' is missing");
    }

    @Test
    void columnThatLooksLikeAPersonalIdentifierIsRejected() {
        assertThat(reject("specimen_id,assay,cq,surname\nP-MI-001-PRE,hsa-miR-16-5p,29.1,Rossi\n")
                        .problems())
                .containsExactly("line 1, column 'surname': looks like a personal identifier; "
                        + "the service takes pseudonymous codes only");
    }

    @Test
    void fileOfNoKnownFormatIsRejected() {
        assertThat(reject("sample;target;ct\nP-MI-001-PRE;hsa-miR-16-5p;29.1\n").problems())
                .singleElement()
                .asString()
                .startsWith("not a known qPCR plate format");
    }

    @Test
    void quantStudioSampleNameThatIsNoSpecimenIsRejectedNamingIt() {
        String export = "* Experiment Name = QS-1\n\n[Results]\nWell\tWell Position\tSample Name\tTarget Name\tCT\n"
                + "1\tA1\tPatient 7 pre\thsa-miR-16-5p\t29.1\n";

        assertThat(reject(export).problems())
                .containsExactly("line 5, column 'Sample Name': found 'Patient 7 pre', "
                        + "expected a specimen id of specimens.csv (unknown specimen)");
    }

    @Test
    void quantStudioExportWithoutACtColumnIsRejected() {
        String export =
                "* Experiment Name = QS-1\n\nWell\tSample Name\tTarget Name\tQuantity\n1\tP-MI-001-PRE\thsa-miR-16-5p\t1\n";

        assertThat(reject(export).problems()).containsExactly("line 3: column 'CT' (or 'Cq', 'Cт') is missing");
    }

    @Test
    void quantStudioCqThatIsNotANumberNamesTheCtColumn() {
        String export =
                "* Experiment Name = QS-1\nWell\tSample Name\tTarget Name\tCT\n1\tP-MI-001-PRE\thsa-miR-16-5p\tn/a\n";

        assertThat(reject(export).problems())
                .containsExactly("line 3, column 'CT': found 'n/a', expected a number or 'Undetermined'");
    }

    private BundleFileException reject(String content) {
        return catchThrowableOfType(
                BundleFileException.class,
                () -> reader.read("qpcr/PL99.csv", content.getBytes(StandardCharsets.UTF_8)));
    }
}
