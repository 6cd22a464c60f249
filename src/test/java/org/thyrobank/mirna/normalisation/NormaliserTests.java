package org.thyrobank.mirna.normalisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.ExampleStudy;
import org.thyrobank.mirna.Timepoint;

/** The arithmetic worked by hand on one patient's PRE and POST specimens (MI-001 of the example study). */
class NormaliserTests {

    private static final String PRE = "P-MI-001-PRE";
    private static final String POST = "P-MI-001-POST";

    private final AssayPanel panel = AssayPanel.fromReference();
    private final Normaliser normaliser =
            new Normaliser(panel, QpcrParameters.fromReference(), ExampleStudy.specimens());

    private static List<PlateCq> onePlate() {
        return List.of(
                new PlateCq("PL01", PRE, "hsa-miR-16-5p", 29.0), new PlateCq("PL01", POST, "hsa-miR-16-5p", 29.5),
                new PlateCq("PL01", PRE, "hsa-miR-93-5p", 27.0), new PlateCq("PL01", POST, "hsa-miR-93-5p", 27.5),
                new PlateCq("PL01", PRE, "hsa-miR-21-5p", 26.0), new PlateCq("PL01", POST, "hsa-miR-21-5p", 25.3),
                new PlateCq("PL01", PRE, "hsa-miR-31-5p", null), new PlateCq("PL01", POST, "hsa-miR-31-5p", 33.0),
                new PlateCq("PL01", PRE, "hsa-miR-1-3p", 36.0), new PlateCq("PL01", POST, "hsa-miR-1-3p", 34.0),
                new PlateCq("PL01", PRE, "UniSp6", 20.0), new PlateCq("PL01", POST, "UniSp6", 20.4),
                new PlateCq("PL01", PRE, "UniSp3", 22.0), new PlateCq("PL01", POST, "UniSp3", 22.0));
    }

    @Test
    void globalMeanUsesTheMirnasDetectedInEverySpecimenOnly() {
        Normalisation result = normaliser.normalise(onePlate(), new NormalisationMethod.GlobalMean());

        // miR-31 is Undetermined and miR-1 above the 35 cut-off in PRE; spike-in and calibrator never count
        assertThat(result.normaliserAssays()).containsExactly("hsa-miR-16-5p", "hsa-miR-21-5p", "hsa-miR-93-5p");
        // PRE: (29 + 26 + 27) / 3 = 27.333333..; POST: (29.5 + 25.3 + 27.5) / 3 = 27.433333..
        DeltaCq preMir21 = delta(result, PRE, "hsa-miR-21-5p");
        assertThat(preMir21.normaliser()).isCloseTo(82.0 / 3, within(1e-12));
        assertThat(preMir21.dCq()).isEqualTo(-1.333333);
        assertThat(delta(result, POST, "hsa-miR-21-5p").dCq()).isEqualTo(-2.133333);
        // ddCq = -2.133333 - (-1.333333) = -0.8; fold change 2^0.8
        DeltaDeltaCq change = change(result, "hsa-miR-21-5p");
        assertThat(change.ddCq()).isEqualTo(-0.8);
        assertThat(change.foldChange()).isCloseTo(1.7411011265922482, within(1e-12));
    }

    @Test
    void notDetectedMirnaHasNoDeltaCqAndNoChange() {
        Normalisation result = normaliser.normalise(onePlate(), new NormalisationMethod.GlobalMean());

        assertThat(delta(result, PRE, "hsa-miR-31-5p").dCq()).isNull();
        assertThat(delta(result, PRE, "hsa-miR-1-3p").detected()).isFalse();
        assertThat(delta(result, POST, "hsa-miR-1-3p").dCq()).isEqualTo(6.566667);
        assertThat(result.deltaDeltaCq())
                .extracting(DeltaDeltaCq::mirna)
                .containsExactly("hsa-miR-16-5p", "hsa-miR-21-5p", "hsa-miR-93-5p");
        assertThat(result.deltaCq()).noneMatch(d -> d.mirna().startsWith("UniSp"));
    }

    @Test
    void referenceMirnasNormaliseByTheMeanOfTheirCq() {
        Normalisation result = normaliser.normalise(
                onePlate(), new NormalisationMethod.ReferenceMirnas(List.of("hsa-miR-16-5p", "hsa-miR-93-5p")));

        // PRE 26 - 28 = -2; POST 25.3 - 28.5 = -3.2; ddCq -1.2
        assertThat(delta(result, PRE, "hsa-miR-21-5p").dCq()).isEqualTo(-2.0);
        assertThat(delta(result, POST, "hsa-miR-21-5p").dCq()).isEqualTo(-3.2);
        assertThat(change(result, "hsa-miR-21-5p").ddCq()).isEqualTo(-1.2);
        assertThat(change(result, "hsa-miR-21-5p").foldChange()).isCloseTo(Math.pow(2, 1.2), within(1e-12));
    }

    @Test
    void spikeInNormalisesByItsCq() {
        Normalisation result = normaliser.normalise(onePlate(), new NormalisationMethod.SpikeIn("UniSp6"));

        // PRE 26 - 20 = 6; POST 25.3 - 20.4 = 4.9; ddCq -1.1
        assertThat(delta(result, PRE, "hsa-miR-21-5p").dCq()).isEqualTo(6.0);
        assertThat(delta(result, POST, "hsa-miR-21-5p").dCq()).isEqualTo(4.9);
        assertThat(change(result, "hsa-miR-21-5p").ddCq()).isEqualTo(-1.1);
    }

    @Test
    void referenceMirnaNotDetectedLeavesTheSpecimenWithoutNormaliser() {
        Normalisation result =
                normaliser.normalise(onePlate(), new NormalisationMethod.ReferenceMirnas(List.of("hsa-miR-31-5p")));

        assertThat(delta(result, PRE, "hsa-miR-21-5p").normaliser()).isNull();
        assertThat(delta(result, PRE, "hsa-miR-21-5p").dCq()).isNull();
        assertThat(result.deltaDeltaCq()).isEmpty();
    }

    @Test
    void calibratorOffsetsCorrectEachPlateBeforeNormalising() {
        List<PlateCq> twoPlates = new ArrayList<>();
        for (PlateCq value : onePlate()) {
            boolean post = value.specimenId().equals(POST);
            Double cq = post && value.assay().equals("UniSp3") ? Double.valueOf(23.0) : value.cq();
            twoPlates.add(new PlateCq(post ? "PL02" : "PL01", value.specimenId(), value.assay(), cq));
        }

        Normalisation result = normaliser.normalise(twoPlates, new NormalisationMethod.SpikeIn("UniSp6"));

        // UniSp3 22 on PL01, 23 on PL02: grand mean 22.5, offsets -0.5 and +0.5
        assertThat(result.calibration().applied()).isTrue();
        assertThat(result.calibration().offsets()).containsEntry("PL01", -0.5).containsEntry("PL02", 0.5);
        assertThat(delta(result, PRE, "hsa-miR-21-5p").cq()).isEqualTo(26.5);
        assertThat(delta(result, POST, "hsa-miR-21-5p").cq()).isCloseTo(24.8, within(1e-12));
        // the spike-in is corrected by the same offset, so its dCq is unchanged: 6.0 and 4.9
        assertThat(change(result, "hsa-miR-21-5p").ddCq()).isEqualTo(-1.1);
    }

    @Test
    void calibrationIsNotAppliedWhenAPlateHasNoCalibratorAndThatPlateIsNamed() {
        List<PlateCq> values = new ArrayList<>(onePlate());
        values.add(new PlateCq("PL02", "P-MI-002-PRE", "hsa-miR-21-5p", 26.0));

        PlateCalibration calibration = normaliser
                .normalise(values, new NormalisationMethod.SpikeIn("UniSp6"))
                .calibration();

        assertThat(calibration.applied()).isFalse();
        assertThat(calibration.platesWithoutCalibrator()).containsExactly("PL02");
    }

    @Test
    void globalMeanWithNoMirnaDetectedEverywhereIsRefused() {
        List<PlateCq> values = List.of(
                new PlateCq("PL01", PRE, "hsa-miR-21-5p", 26.0), new PlateCq("PL01", POST, "hsa-miR-21-5p", null));

        assertThatThrownBy(() -> normaliser.normalise(values, new NormalisationMethod.GlobalMean()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no miRNA is detected in every");
    }

    @Test
    void deltaCqIsRoundedToSixDecimalsSoThatDecimalTiesAreTies() {
        assertThat(Normaliser.round6(0.1 + 0.2)).isEqualTo(0.3);
        assertThat(Normaliser.round6(-1.3333333333)).isEqualTo(-1.333333);
        assertThat(Normaliser.round6(2.0000004999)).isEqualTo(2.0);
    }

    @Test
    void everyExamplePlateNormalisesByTheGlobalMean() {
        List<PlateCq> values = new ArrayList<>();
        var reader = new org.thyrobank.mirna.plate.PlateReader(ExampleStudy.specimens(), panel);
        for (String plate : ExampleStudy.PLATES) {
            values.addAll(PlateCq.of(
                    plate, reader.read(plate, ExampleStudy.bytes(ExampleStudy.ROOT + "qpcr/" + plate + ".csv"))));
        }

        Normalisation result = normaliser.normalise(values, new NormalisationMethod.GlobalMean());

        assertThat(result.calibration().applied()).isTrue();
        assertThat(result.normaliserAssays()).isNotEmpty().allMatch(a -> a.startsWith("hsa-"));
        assertThat(result.deltaCq())
                .filteredOn(d -> d.timepoint() == Timepoint.PRE)
                .isNotEmpty();
        assertThat(result.deltaDeltaCq()).isNotEmpty();
    }

    private static DeltaCq delta(Normalisation result, String specimen, String mirna) {
        return result.deltaCq().stream()
                .filter(d -> d.specimenId().equals(specimen) && d.mirna().equals(mirna))
                .findFirst()
                .orElseThrow();
    }

    private static DeltaDeltaCq change(Normalisation result, String mirna) {
        return result.deltaDeltaCq().stream()
                .filter(d -> d.mirna().equals(mirna))
                .findFirst()
                .orElseThrow();
    }
}
