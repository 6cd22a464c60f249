package org.thyrobank.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden values: {@code glm(y ~ x, family = binomial)} coefficients, standard errors, the slope's Wald p and the
 * iteration count (src/test/r/stats-golden.R, section glm). The algorithm is glm.fit's, so the iterations agree too.
 */
class LogisticRegressionTests {

    static Stream<Arguments> rFits() {
        return Stream.of(
                Arguments.of(
                        "doses",
                        log10(20, 35, 50, 61, 80, 95, 120, 150, 210, 300, 45, 500),
                        outcomes(0, 0, 1, 0, 0, 1, 1, 0, 1, 1, 0, 1),
                        new double[] {
                            -9.61824502443809, 4.9235302930198, 5.52761830237143, 2.82859983766598, 0.0817494131055683
                        },
                        5),
                Arguments.of(
                        "falling",
                        log10(20, 35, 50, 61, 80, 95, 120, 150),
                        outcomes(1, 1, 0, 1, 0, 0, 1, 0),
                        new double[] {
                            8.06611928743307, -4.43319841294996, 6.68957300617468, 3.61693116262078, 0.220319304068704
                        },
                        4),
                Arguments.of(
                        "ties",
                        new double[] {1, 1, 1, 2, 2, 2, 3, 3, 3},
                        outcomes(0, 0, 1, 0, 1, 1, 1, 1, 0),
                        new double[] {
                            -1.16436898290664, 0.702892002963948, 1.839009969568, 0.873451205727687, 0.420975758681715
                        },
                        4),
                Arguments.of(
                        "nearly separated",
                        new double[] {1, 2, 3, 4, 5, 6, 7, 8},
                        outcomes(0, 0, 0, 1, 0, 1, 1, 1),
                        new double[] {
                            -5.77032035229074, 1.28229341162016, 4.03582208573529, 0.860412429623154, 0.136139028954382
                        },
                        6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rFits")
    void agreesWithGlm(String label, double[] x, boolean[] y, double[] r, int iterations) {
        LogisticRegression.Fit fit = LogisticRegression.fit(x, y);

        assertThat(fit.converged()).isTrue();
        assertThat(fit.iterations()).isEqualTo(iterations);
        double[] java = {fit.intercept(), fit.slope(), fit.interceptSe(), fit.slopeSe(), fit.slopePValue()};
        for (int i = 0; i < r.length; i++) {
            assertThat(java[i]).as("figure %d", i).isCloseTo(r[i], within(Math.abs(r[i]) * 1e-9));
        }
    }

    private static double[] log10(double... doses) {
        return Stream.of(doses)
                .flatMapToDouble(java.util.Arrays::stream)
                .map(Math::log10)
                .toArray();
    }

    private static boolean[] outcomes(int... values) {
        boolean[] y = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            y[i] = values[i] == 1;
        }
        return y;
    }
}
