package org.thyrobank.web.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thyrobank.genomics.SequencingRuns.Evidence;

class LabFormatTests {

    private final LabFormat format = new LabFormat();

    @Test
    void aVafIsAPercentageToThreeSignificantFigures() {
        assertThat(format.vaf(0.0512)).isEqualTo("5.12\u00a0%");
        assertThat(format.vaf(0.5)).isEqualTo("50.0\u00a0%");
        assertThat(format.vaf(0.44512)).isEqualTo("44.5\u00a0%");
        assertThat(format.vaf(1.0)).isEqualTo("100\u00a0%");
        assertThat(format.vaf(0.00512)).isEqualTo("0.512\u00a0%");
        assertThat(format.vaf(null)).isEqualTo("–");
    }

    @Test
    void countsAreIntegersAndThresholdsHaveNoTrailingZeros() {
        assertThat(format.count(1234)).isEqualTo("1,234");
        assertThat(format.count(null)).isEqualTo("–");
        assertThat(format.threshold(0.05)).isEqualTo("5\u00a0%");
        assertThat(format.threshold(0.025)).isEqualTo("2.5\u00a0%");
    }

    @Test
    void aCqHasThreeDecimalsAndNoCqIsUndetermined() {
        assertThat(format.cq(30.25)).isEqualTo("30.250");
        assertThat(format.cq(34.5535)).isEqualTo("34.554");
        assertThat(format.cq(null)).isEqualTo("Undetermined");
    }

    @Test
    void theEvidenceNamesItsCallersAndFiltersOnceEach() {
        Evidence pass = new Evidence("chr7", 1, "A", "T", "PASS", 10, 5, 0.5, "Mutect2");
        Evidence again = new Evidence("chr7", 1, "A", "G", "PASS", 10, 1, 0.1, "Mutect2");
        Evidence unfiltered = new Evidence("chr7", 2, "C", "T", null, null, null, null, null);
        assertThat(format.callers(List.of(pass, again, unfiltered))).isEqualTo("Mutect2, unnamed");
        assertThat(format.filters(List.of(pass, again, unfiltered))).isEqualTo("PASS, .");
        assertThat(format.callers(List.of())).isEqualTo("–");
    }
}
