package org.thyrobank.mirna.normalisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.NtcWell;
import org.thyrobank.mirna.QpcrMeasurement;
import org.thyrobank.mirna.ReplicateMean;
import org.thyrobank.mirna.plate.TechnicalReplicates;

class QualityControlTests {

    private final QualityControl qc = new QualityControl(QpcrParameters.fromReference(), AssayPanel.fromReference());

    @Test
    void referenceThresholdsAreCutOff35Haemolysis7TwoSdReplicateSdHalfACycleAndNtc35() {
        assertThat(QpcrParameters.fromReference()).isEqualTo(new QpcrParameters(35, 7, 2, 0.5, 35));
    }

    @Test
    void anAmplifiedNtcFlagsEverySpecimenOfItsAssayOnThePlateAndNoOther() {
        List<ReplicateMean> means = TechnicalReplicates.average(List.of(
                well("S1", 20.0, "A1"),
                well("S2", 21.0, "B1"),
                new QpcrMeasurement("S3", "hsa-miR-21-5p", 24.0, "C1", null)));

        List<QcFlag> flags = qc.ntcAmplified(
                "PL01",
                List.of(
                        new NtcWell("hsa-miR-16-5p", 34.2, "H11", null),
                        new NtcWell("hsa-miR-21-5p", null, "H12", null)),
                means);

        assertThat(flags)
                .containsExactly(
                        new QcFlag(
                                "PL01",
                                "S1",
                                QcFlag.Issue.NTC_AMPLIFIED,
                                "NTC well H11 of hsa-miR-16-5p amplified at Cq 34.200 <= 35.0"),
                        new QcFlag(
                                "PL01",
                                "S2",
                                QcFlag.Issue.NTC_AMPLIFIED,
                                "NTC well H11 of hsa-miR-16-5p amplified at Cq 34.200 <= 35.0"));
    }

    @Test
    void anNtcIsAmplifiedAtOrBelowTheLimitAndCleanAboveItOrUndetermined() {
        List<ReplicateMean> means = TechnicalReplicates.average(List.of(well("S1", 20.0, "A1")));

        assertThat(qc.ntcAmplified("PL01", List.of(new NtcWell("hsa-miR-16-5p", 35.0, "H1", null)), means))
                .hasSize(1);
        assertThat(qc.ntcAmplified(
                        "PL01",
                        List.of(
                                new NtcWell("hsa-miR-16-5p", 35.01, "H1", null),
                                new NtcWell("hsa-miR-16-5p", 40.0, "H2", null),
                                new NtcWell("hsa-miR-16-5p", null, "H3", null)),
                        means))
                .isEmpty();
    }

    @Test
    void replicatesWhoseCqSdExceedsTheLimitAreFlaggedAndOthersAreNot() {
        // SD of 20.0 and 21.0 is 0.707 > 0.5; of 20.0 and 20.6 it is 0.424; one amplified well has no SD
        List<QcFlag> flags = qc.replicateSpread(
                "PL01",
                TechnicalReplicates.average(List.of(
                        well("S1", 20.0, "A1"),
                        well("S1", 21.0, "A2"),
                        well("S2", 20.0, "B1"),
                        well("S2", 20.6, "B2"),
                        well("S3", 20.0, "C1"),
                        well("S3", null, "C2"))));

        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.plate()).isEqualTo("PL01");
            assertThat(flag.specimenId()).isEqualTo("S1");
            assertThat(flag.issue()).isEqualTo(QcFlag.Issue.REPLICATE_SD);
            assertThat(flag.detail()).isEqualTo("hsa-miR-16-5p replicate Cq SD 0.707 over 2 amplified wells > 0.5");
        });
    }

    private static QpcrMeasurement well(String specimen, Double cq, String well) {
        return new QpcrMeasurement(specimen, "hsa-miR-16-5p", cq, well, null);
    }

    @Test
    void notDetectedMeansUndeterminedOrAboveTheCutOff() {
        QpcrParameters parameters = QpcrParameters.fromReference();

        assertThat(parameters.detected(null)).isFalse();
        assertThat(parameters.detected(35.0)).isTrue();
        assertThat(parameters.detected(35.01)).isFalse();
    }

    @Test
    void spikeInOutsideMeanPlusMinusTwoSdOfThePlateIsFlagged() {
        // mean 20.516667, SD 1.218880: 23.0 lies 2.483 from the mean, beyond 2 x SD = 2.438
        List<PlateCq> values = List.of(
                spike("S1", 20.0),
                spike("S2", 20.1),
                spike("S3", 19.9),
                spike("S4", 20.0),
                spike("S5", 20.1),
                spike("S6", 23.0));

        assertThat(qc.flags(values)).singleElement().satisfies(flag -> {
            assertThat(flag.specimenId()).isEqualTo("S6");
            assertThat(flag.issue()).isEqualTo(QcFlag.Issue.SPIKE_IN_OUT_OF_RANGE);
            assertThat(flag.detail()).isEqualTo("UniSp6 Cq 23.000 outside plate mean 20.517 +- 2.0 x SD 1.219");
        });
    }

    @Test
    void spikeInNotDetectedIsFlagged() {
        assertThat(qc.flags(List.of(spike("S1", 20.0), spike("S2", null), spike("S3", 20.2))))
                .containsExactly(new QcFlag(
                        "PL01",
                        "S2",
                        QcFlag.Issue.SPIKE_IN_NOT_DETECTED,
                        "UniSp6 not detected (Undetermined, cut-off 35.0)"));
    }

    @Test
    void spikeInsArePlateByPlate() {
        // 23.0 would stand out among the others, but it is alone on its plate
        List<PlateCq> values = List.of(
                spike("S1", 20.0), spike("S2", 20.1), spike("S3", 19.9), new PlateCq("PL02", "S4", "UniSp6", 23.0));

        assertThat(qc.flags(values)).isEmpty();
    }

    @Test
    void haemolysisIsFlaggedWhenMir23aMinusMir451aExceedsSeven() {
        List<PlateCq> values = List.of(
                new PlateCq("PL01", "S1", "hsa-miR-23a-3p", 32.6), new PlateCq("PL01", "S1", "hsa-miR-451a", 25.0),
                new PlateCq("PL01", "S2", "hsa-miR-23a-3p", 31.9), new PlateCq("PL01", "S2", "hsa-miR-451a", 25.0),
                new PlateCq("PL01", "S3", "hsa-miR-23a-3p", 32.0), new PlateCq("PL01", "S3", "hsa-miR-451a", 25.0));

        assertThat(qc.flags(values)).singleElement().satisfies(flag -> {
            assertThat(flag.specimenId()).isEqualTo("S1");
            assertThat(flag.issue()).isEqualTo(QcFlag.Issue.HAEMOLYSIS);
            assertThat(flag.detail()).isEqualTo("Cq(miR-23a-3p) - Cq(miR-451a) = 7.600 > 7.0");
        });
    }

    private static PlateCq spike(String specimen, Double cq) {
        return new PlateCq("PL01", specimen, "UniSp6", cq);
    }
}
