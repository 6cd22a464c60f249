package org.thyrobank.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thyrobank.analysis.stats.KaplanMeierTests.EVENT;
import static org.thyrobank.analysis.stats.KaplanMeierTests.TIME;
import static org.thyrobank.analysis.stats.KaplanMeierTests.flags;
import static org.thyrobank.analysis.stats.RGolden.ITERATED;
import static org.thyrobank.analysis.stats.RGolden.assertAgrees;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Golden values: coxph(Surv(t, e) ~ x): coef, sqrt(vcov), exp(coef), lower .95, upper .95, Pr(>|z|) from
 * src/test/r/stats-golden.R.
 */
class CoxProportionalHazardsTests {

    @Test
    void binaryCovariateMutantAgainstWildType() {
        double[] mutant = Arrays.stream(LogRankTestTests.BRAF)
                .mapToDouble(g -> g.equals("MUTANT") ? 1 : 0)
                .toArray();

        assertAgreesWithCoxph(
                CoxProportionalHazards.fit(TIME, EVENT, mutant),
                1.32633583848015,
                0.715044816152731,
                3.76721438520476,
                0.92762636748776,
                15.2991600082788,
                0.0636106659924275);
    }

    @Test
    void continuousCovariate() {
        double[] x = {5.1, 3.2, 4.4, 6.0, 2.2, 3.9, 5.5, 1.8, 4.9, 2.7, 3.3, 2.9, 1.2, 4.1, 2.0, 1.5};

        assertAgreesWithCoxph(
                CoxProportionalHazards.fit(TIME, EVENT, x),
                0.95683105182107,
                0.334435001976126,
                2.60343324243025,
                1.35168301365865,
                5.01438915729585,
                0.00422257222920229);
    }

    @Test
    void heavilyTiedTimesUseEfron() {
        var result = CoxProportionalHazards.fit(
                new double[] {1, 1, 1, 2, 2, 2, 3, 3, 3, 4},
                flags(1, 1, 0, 1, 1, 1, 0, 1, 1, 0),
                new double[] {1, 0, 1, 1, 0, 0, 1, 0, 0, 0});

        assertAgreesWithCoxph(
                result,
                -0.139681950641075,
                0.842477496186228,
                0.86963477820305,
                0.166808721884092,
                4.53372365016837,
                0.868315110461694);
    }

    /** R warns that it ran out of iterations and reports a coefficient of 21.9 with a standard error of 24795. */
    @Test
    void monotoneLikelihoodHasNoEstimate() {
        var result = CoxProportionalHazards.fit(
                new double[] {1, 2, 3, 4, 5, 6}, flags(1, 1, 1, 0, 0, 0), new double[] {1, 1, 1, 0, 0, 0});

        assertThat(result.hazardRatio()).isNull();
        assertThat(result.notEstimable()).contains("monotone");
    }

    /** R warns as above and reports a coefficient of -21.9. */
    @Test
    void everyEventInTheLowerGroupIsMonotoneToo() {
        var result = CoxProportionalHazards.fit(
                new double[] {1, 2, 3, 4, 5, 6}, flags(1, 1, 1, 0, 0, 0), new double[] {0, 0, 0, 1, 1, 1});

        assertThat(result.hazardRatio()).isNull();
        assertThat(result.notEstimable()).contains("monotone");
    }

    @Test
    void noEventsHaveNoEstimate() {
        var result =
                CoxProportionalHazards.fit(new double[] {1, 2, 3, 4}, flags(0, 0, 0, 0), new double[] {1, 0, 1, 0});

        assertThat(result.coefficient()).isNull();
        assertThat(result.notEstimable()).isEqualTo("no events");
    }

    @Test
    void aConstantCovariateHasNoEstimate() {
        var result =
                CoxProportionalHazards.fit(new double[] {1, 2, 3, 4}, flags(1, 0, 1, 1), new double[] {1, 1, 1, 1});

        assertThat(result.coefficient()).isNull();
        assertThat(result.notEstimable()).contains("does not vary");
    }

    private static void assertAgreesWithCoxph(
            CoxProportionalHazards.Result result,
            double coefficient,
            double standardError,
            double hazardRatio,
            double lower,
            double upper,
            double p) {
        assertThat(result.notEstimable()).isNull();
        assertAgrees(result.coefficient(), coefficient, ITERATED);
        assertAgrees(result.standardError(), standardError, ITERATED);
        assertAgrees(result.hazardRatio(), hazardRatio, ITERATED);
        assertAgrees(result.hazardRatioCiLower(), lower, ITERATED);
        assertAgrees(result.hazardRatioCiUpper(), upper, ITERATED);
        assertAgrees(result.pValue(), p, ITERATED);
    }
}
