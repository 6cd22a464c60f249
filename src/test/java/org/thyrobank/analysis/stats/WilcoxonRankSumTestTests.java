package org.thyrobank.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.thyrobank.analysis.stats.RGolden.assertAgrees;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Golden values: wilcox.test(x, y)$statistic and $p.value from src/test/r/stats-golden.R. */
class WilcoxonRankSumTestTests {

    @Test
    void smallSamplesWithoutTiesUseTheExactDistribution() {
        var result = WilcoxonRankSumTest.test(
                new double[] {1.83, 0.50, 1.62, 2.48, 1.68}, new double[] {0.878, 0.647, 0.598, 2.05, 1.06, 1.29});

        assertThat(result.exact()).isTrue();
        assertAgrees(result.statistic(), 21);
        assertAgrees(result.pValue(), 0.329004329004329);
    }

    @Test
    void exactUpperTailWhenWExceedsItsMean() {
        var result =
                WilcoxonRankSumTest.test(new double[] {5.1, 6.3, 7.7, 8.2}, new double[] {1.2, 2.2, 3.3, 5.0, 6.0});

        assertAgrees(result.statistic(), 19);
        assertAgrees(result.pValue(), 0.0317460317460317);
    }

    @Test
    void tiesSwitchToTheNormalApproximationWithTieCorrection() {
        var result = WilcoxonRankSumTest.test(new double[] {1, 2, 2, 3, 4, 5}, new double[] {2, 3, 3, 6, 7, 8, 9});

        assertThat(result.exact()).isFalse();
        assertAgrees(result.statistic(), 9);
        assertAgrees(result.pValue(), 0.0966705434067009);
    }

    @Test
    void fortyNineAgainstFortyNineIsStillExact() {
        var result = WilcoxonRankSumTest.test(modulo(1, 49, 37, 101), modulo(50, 98, 37, 101));

        assertThat(result.exact()).isTrue();
        assertAgrees(result.statistic(), 1222);
        assertAgrees(result.pValue(), 0.881927906014454);
    }

    @Test
    void fiftyValuesUseTheNormalApproximation() {
        var result = WilcoxonRankSumTest.test(modulo(1, 50, 37, 101), new double[] {3.5, 17.5, 40.5, 66.5, 99.5});

        assertThat(result.exact()).isFalse();
        assertAgrees(result.statistic(), 137);
        assertAgrees(result.pValue(), 0.7363539761992);
    }

    @Test
    void oneValueEach() {
        var result = WilcoxonRankSumTest.test(new double[] {1}, new double[] {2});

        assertAgrees(result.statistic(), 0);
        assertAgrees(result.pValue(), 1);
    }

    @Test
    void everyValueTiedHasNoPValue() {
        var result = WilcoxonRankSumTest.test(new double[] {1, 1, 1}, new double[] {1, 1});

        assertAgrees(result.statistic(), 3);
        assertThat(result.pValue()).isNull();
    }

    @Test
    void missingValuesAreDropped() {
        var result = WilcoxonRankSumTest.test(
                new double[] {1.83, 0.50, Double.NaN, 1.62, 2.48, 1.68},
                new double[] {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, Double.NaN});

        assertThat(result.nX()).isEqualTo(5);
        assertThat(result.nY()).isEqualTo(6);
        assertAgrees(result.pValue(), 0.329004329004329);
    }

    @Test
    void beyondRsNormalTailCutOffThePIsZeroAsInR() {
        // complete separation; R's pnorm gives 0 for a tail beyond 37.5193 sd, a subnormal p just inside it
        var inside = WilcoxonRankSumTest.test(range(1, 935), range(936, 1870));
        var beyond = WilcoxonRankSumTest.test(range(1, 940), range(941, 1880));

        assertThat(inside.exact()).isFalse();
        assertAgrees(inside.statistic(), 0);
        assertAgrees(inside.pValue(), 8.76516808057805e-307);
        assertAgrees(beyond.statistic(), 0);
        assertThat(beyond.pValue()).isZero();
    }

    @Test
    void anEmptySampleIsAnError() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WilcoxonRankSumTest.test(new double[] {Double.NaN}, new double[] {1, 2}));
    }

    /** R's as.numeric(from:to). */
    static double[] range(int from, int to) {
        return IntStream.rangeClosed(from, to).asDoubleStream().toArray();
    }

    /** R's (from:to * factor) %% modulus. */
    static double[] modulo(int from, int to, int factor, int modulus) {
        return IntStream.rangeClosed(from, to)
                .mapToDouble(i -> (i * factor) % modulus)
                .toArray();
    }
}
