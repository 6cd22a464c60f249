package org.thyrobank.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.thyrobank.analysis.stats.RGolden.assertAgrees;
import static org.thyrobank.analysis.stats.WilcoxonRankSumTestTests.modulo;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden values: cor.test(x, y, method = "spearman") $estimate, $statistic, $p.value (src/test/r/stats-golden.R). */
class SpearmanCorrelationTests {

    static Arguments[] cases() {
        return new Arguments[] {
            Arguments.of(
                    "n5, enumerated",
                    new double[] {1, 2, 3, 4, 5},
                    new double[] {2, 1, 4, 3, 5},
                    0.8,
                    4,
                    0.133333333333333,
                    true),
            Arguments.of(
                    "n9, enumerated",
                    new double[] {4, 1, 7, 2, 9, 3, 8, 5, 6},
                    new double[] {3, 2, 9, 1, 8, 5, 7, 4, 6},
                    0.883333333333333,
                    14,
                    0.00307539682539683,
                    true),
            Arguments.of(
                    "n10, Edgeworth",
                    IntStream.rangeClosed(1, 10).asDoubleStream().toArray(),
                    new double[] {2, 1, 4, 3, 6, 5, 8, 10, 7, 9},
                    0.903030303030303,
                    16,
                    0.000880224994754143,
                    true),
            Arguments.of(
                    "n30, Edgeworth",
                    modulo(1, 30, 7, 31),
                    modulo(1, 30, 11, 31),
                    -0.0344827586206897,
                    4650,
                    0.856447839203181,
                    true),
            Arguments.of(
                    "ties, t approximation",
                    new double[] {1, 2, 2, 3, 4, 5, 5, 6},
                    new double[] {1, 3, 2, 2, 5, 4, 6, 6},
                    0.890243902439025,
                    9.21951219512194,
                    0.00303929556848881,
                    false),
            Arguments.of("n2", new double[] {1, 2}, new double[] {5, 3}, -1, 2, 1, true),
            Arguments.of(
                    "n1300, t approximation",
                    IntStream.rangeClosed(1, 1300).asDoubleStream().toArray(),
                    modulo(1, 1300, 37, 1301),
                    0.0248001421211583,
                    357085470,
                    0.371611374609015,
                    false),
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithCorTest(String name, double[] x, double[] y, double rho, double s, double p, boolean exact) {
        var result = SpearmanCorrelation.test(x, y);

        assertAgrees(result.rho(), rho);
        assertAgrees(result.statistic(), s);
        assertAgrees(result.pValue(), p);
        assertThat(result.exact()).isEqualTo(exact);
    }

    @Test
    void perfectRankAgreementWithTiesHasPZero() {
        var result = SpearmanCorrelation.test(new double[] {1, 1, 2}, new double[] {3, 3, 5});

        assertAgrees(result.rho(), 1);
        assertThat(result.statistic()).isZero();
        assertThat(result.pValue()).isZero();
    }

    @Test
    void aConstantVariableHasNoCorrelation() {
        var result = SpearmanCorrelation.test(new double[] {1, 2, 3, 4}, new double[] {2, 2, 2, 2});

        assertThat(result.rho()).isNull();
        assertThat(result.statistic()).isNull();
        assertThat(result.pValue()).isNull();
    }

    @Test
    void incompletePairsAreDropped() {
        var result = SpearmanCorrelation.test(
                new double[] {1, 2, Double.NaN, 3, 4, 5}, new double[] {2, 1, 7, 4, 3, Double.NaN});

        assertThat(result.n()).isEqualTo(4);
    }

    @Test
    void oneCompletePairIsAnError() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SpearmanCorrelation.test(new double[] {1, 2}, new double[] {3, Double.NaN}));
    }
}
