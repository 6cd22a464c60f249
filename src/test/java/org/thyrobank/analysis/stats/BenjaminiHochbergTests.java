package org.thyrobank.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden values: p.adjust(p, "BH") from src/test/r/stats-golden.R. */
class BenjaminiHochbergTests {

    @Test
    void missingValuesStayMissingAndDoNotCount() {
        List<Double> q = BenjaminiHochberg.adjust(Arrays.asList(0.01, 0.04, null, 0.03, 0.2, 0.04, 0.9, null, 0.001));

        assertThat(q).hasSize(9);
        assertThat(q.get(2)).isNull();
        assertThat(q.get(7)).isNull();
        double[] expected = {0.035, 0.056, 0.056, 0.233333333333333, 0.056, 0.9, 0.007};
        assertThat(q.stream()
                        .filter(v -> v != null)
                        .mapToDouble(Double::doubleValue)
                        .toArray())
                .containsExactly(expected, within(1e-12));
    }

    @Test
    void adjustedValuesAreCappedAtOne() {
        assertThat(BenjaminiHochberg.adjust(List.of(0.8, 0.9, 0.95))).containsExactly(0.95, 0.95, 0.95);
    }

    @Test
    void noValues() {
        assertThat(BenjaminiHochberg.adjust(List.of())).isEmpty();
    }
}
