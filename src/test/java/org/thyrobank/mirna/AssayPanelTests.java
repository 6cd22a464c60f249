package org.thyrobank.mirna;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssayPanelTests {

    private final AssayPanel panel = AssayPanel.fromReference();

    @Test
    void referencePanelHoldsThirtyHumanMirnasFourSpikeInsAndTheCalibrator() {
        assertThat(panel.assaysOf(AssayKind.MIRNA)).hasSize(30).allMatch(a -> a.startsWith("hsa-"));
        assertThat(panel.assaysOf(AssayKind.SPIKE_IN))
                .containsExactlyInAnyOrder("cel-miR-39-3p", "UniSp2", "UniSp4", "UniSp6");
        assertThat(panel.assaysOf(AssayKind.CALIBRATOR)).containsExactly("UniSp3");
    }

    @Test
    void unknownAssayHasNoKind() {
        assertThat(panel.kindOf("hsa-miR-999-5p")).isEmpty();
        assertThat(panel.kindOf("hsa-miR-146b-5p")).contains(AssayKind.MIRNA);
    }
}
