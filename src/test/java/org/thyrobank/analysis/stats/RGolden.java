package org.thyrobank.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Agreement with the golden values printed by src/test/r/stats-golden.R (R 4.2.2, survival 3.5-3). */
final class RGolden {

    /** Closed-form figures: relative difference at most 1e-6. */
    static final double CLOSED_FORM = 1e-6;
    /** Figures R finds by iterating (uniroot, Newton-Raphson): relative difference at most 1e-4. */
    static final double ITERATED = 1e-4;

    private RGolden() {}

    static void assertAgrees(Double actual, double expected) {
        assertAgrees(actual, expected, CLOSED_FORM);
    }

    static void assertAgrees(Double actual, double expected, double relative) {
        assertThat(actual).as("R gives %s", expected).isNotNull();
        if (Double.isInfinite(expected)) {
            assertThat(actual).isEqualTo(expected);
        } else {
            assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * relative));
        }
    }
}
