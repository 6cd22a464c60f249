package org.thyrobank.mirna.normalisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thyrobank.mirna.AssayPanel;

class NormalisationMethodTests {

    private final AssayPanel panel = AssayPanel.fromReference();

    @Test
    void globalMeanIsParsed() {
        assertThat(NormalisationMethod.parse("global-mean", panel)).isEqualTo(new NormalisationMethod.GlobalMean());
    }

    @Test
    void referenceMirnasAreParsedInOrder() {
        assertThat(NormalisationMethod.parse("reference:hsa-miR-16-5p, hsa-miR-93-5p", panel))
                .isEqualTo(new NormalisationMethod.ReferenceMirnas(List.of("hsa-miR-16-5p", "hsa-miR-93-5p")));
    }

    @Test
    void spikeInIsParsedAndWrittenBack() {
        NormalisationMethod method = NormalisationMethod.parse("spike-in:cel-miR-39-3p", panel);

        assertThat(method).isEqualTo(new NormalisationMethod.SpikeIn("cel-miR-39-3p"));
        assertThat(method.spec()).isEqualTo("spike-in:cel-miR-39-3p");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "median | normalisation 'median': expected global-mean, reference:<miRNA,...> or spike-in:<assay>",
                "reference: | normalisation 'reference:': reference: takes a comma-separated list of distinct miRNAs",
                "reference:hsa-miR-16-5p,hsa-miR-16-5p | reference: takes a comma-separated list of distinct miRNAs",
                "reference:UniSp6 | 'UniSp6' is not a human miRNA of reference/mirna-panel.tsv",
                "spike-in:hsa-miR-16-5p | 'hsa-miR-16-5p' is not a spike-in of reference/mirna-panel.tsv",
                "spike-in:UniSp3 | 'UniSp3' is not a spike-in of reference/mirna-panel.tsv"
            })
    void badSpecIsRefusedSayingWhy(String spec, String message) {
        assertThatThrownBy(() -> NormalisationMethod.parse(spec, panel))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
