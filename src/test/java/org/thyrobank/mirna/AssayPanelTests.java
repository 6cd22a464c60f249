package org.thyrobank.mirna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
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

    @Test
    void previousMirbaseNamesStandForThePanelAssayAndNothingElseIsGuessed() {
        assertThat(panel.assayNamed("hsa-miR-146b")).contains("hsa-miR-146b-5p");
        assertThat(panel.assayNamed("hsa-miR-320")).contains("hsa-miR-320a");
        assertThat(panel.assayNamed("cel-miR-39")).contains("cel-miR-39-3p");
        assertThat(panel.assayNamed("hsa-miR-16-5p")).contains("hsa-miR-16-5p");
        assertThat(panel.assayNamed("hsa-miR-423"))
                .as("miRBase moved it to the 3p arm")
                .isEmpty();
        assertThat(panel.assayNamed("miR-21")).isEmpty();
    }

    @Test
    void anAliasOfAnAssayOutsideThePanelIsRefused() {
        assertThatThrownBy(() ->
                        new AssayPanel(Map.of("hsa-miR-21-5p", AssayKind.MIRNA), Map.of("hsa-miR-22", "hsa-miR-22-3p")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mirna-aliases.tsv: alias 'hsa-miR-22' names 'hsa-miR-22-3p', which is not a panel assay");
    }
}
