package org.thyrobank.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thyrobank.analysis.stats.RGolden.assertAgrees;
import static org.thyrobank.analysis.stats.WilcoxonRankSumTestTests.modulo;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Golden values: wilcox.test(x, y, paired = TRUE)$statistic and $p.value from src/test/r/stats-golden.R. */
class WilcoxonSignedRankTestTests {

    @Test
    void smallSampleWithoutTiesOrZerosIsExact() {
        var result = WilcoxonSignedRankTest.paired(
                new double[] {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30},
                new double[] {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29});

        assertThat(result.exact()).isTrue();
        assertAgrees(result.statistic(), 40);
        assertAgrees(result.pValue(), 0.0390625);
    }

    @Test
    void zerosAreDroppedAndForceTheNormalApproximation() {
        var result = WilcoxonSignedRankTest.paired(new double[] {1, 2, 3, 4, 5, 6}, new double[] {1, 1.5, 2, 5, 3, 2});

        assertThat(result.zeros()).isEqualTo(1);
        assertThat(result.n()).isEqualTo(5);
        assertThat(result.exact()).isFalse();
        assertAgrees(result.statistic(), 12.5);
        assertAgrees(result.pValue(), 0.222800991181134);
    }

    @Test
    void tiedDifferencesUseTheTieCorrection() {
        var result =
                WilcoxonSignedRankTest.paired(new double[] {3, 5, 6, 8, 9, 12, 2}, new double[] {1, 3, 4, 5, 6, 9, 4});

        assertThat(result.exact()).isFalse();
        assertAgrees(result.statistic(), 25.5);
        assertAgrees(result.pValue(), 0.0564375114865741);
    }

    @Test
    void fortyNineDistinctDifferencesAreStillExact() {
        double[] x = IntStream.rangeClosed(1, 49)
                .mapToDouble(i -> (i * 37) % 7 < 3 ? -i : i)
                .toArray();
        var result = WilcoxonSignedRankTest.paired(x, new double[49]);

        assertThat(result.exact()).isTrue();
        assertAgrees(result.statistic(), 700);
        assertAgrees(result.pValue(), 0.390100664815137);
    }

    @Test
    void fortyNineDifferencesWithTiesUseTheNormalApproximation() {
        var result = WilcoxonSignedRankTest.paired(modulo(1, 49, 37, 101), modulo(1, 49, 53, 103));

        assertThat(result.exact()).isFalse();
        assertAgrees(result.statistic(), 681);
        assertAgrees(result.pValue(), 0.498734051728986);
    }

    @Test
    void fiftyDifferencesUseTheNormalApproximation() {
        double[] y = Arrays.stream(modulo(1, 50, 53, 103)).map(v -> v + 0.5).toArray();
        var result = WilcoxonSignedRankTest.paired(modulo(1, 50, 37, 101), y);

        assertThat(result.exact()).isFalse();
        assertAgrees(result.statistic(), 677.5);
        assertAgrees(result.pValue(), 0.702873451708261);
    }

    @Test
    void onePair() {
        var result = WilcoxonSignedRankTest.paired(new double[] {2}, new double[] {1});

        assertAgrees(result.statistic(), 1);
        assertAgrees(result.pValue(), 1);
    }

    @Test
    void everyDifferenceZeroHasNoPValue() {
        var result = WilcoxonSignedRankTest.paired(new double[] {1, 2, 3}, new double[] {1, 2, 3});

        assertThat(result.n()).isZero();
        assertAgrees(result.statistic(), 0);
        assertThat(result.pValue()).isNull();
    }

    @Test
    void oneSampleIsThePairedTestOfTheDifferences() {
        var result = WilcoxonSignedRankTest.oneSample(new double[] {2, 0.5, 1, -1, 2, 3, Double.NaN, -2});

        assertThat(result)
                .isEqualTo(WilcoxonSignedRankTest.paired(
                        new double[] {2, 0.5, 1, -1, 2, 3, Double.NaN, -2}, new double[8]));
        assertThat(result.n()).isEqualTo(7);
    }

    @Test
    void beyondRsNormalTailCutOffThePIsZeroAsInR() {
        // every difference positive; R's pnorm gives 0 for a tail beyond 37.5193 sd, a subnormal p just inside it
        var inside = WilcoxonSignedRankTest.oneSample(WilcoxonRankSumTestTests.range(1, 1870));
        var beyond = WilcoxonSignedRankTest.oneSample(WilcoxonRankSumTestTests.range(1, 1880));

        assertAgrees(inside.statistic(), 1749385);
        assertAgrees(inside.pValue(), 4.98949050323766e-307);
        assertAgrees(beyond.statistic(), 1768140);
        assertThat(beyond.pValue()).isZero();
    }
}
