package org.thyrobank.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thyrobank.analysis.stats.RGolden.assertAgrees;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden values: summary(survfit(Surv(t, e) ~ 1), censored = TRUE) rows and summary(fit)$table median, 0.95LCL,
 * 0.95UCL from src/test/r/stats-golden.R.
 */
class KaplanMeierTests {

    static final double[] TIME = {2.1, 3.5, 3.5, 4.0, 5.2, 6.8, 6.8, 6.8, 8.0, 9.3, 11.0, 12.4, 14.9, 15.0, 18.2, 20.1};
    static final boolean[] EVENT = flags(1, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 0, 0);

    @Test
    void tableAgreesWithSurvfitRowByRow() {
        double[][] r = {
            {2.1, 16, 1, 0, 0.9375, 0.0605153647844909, 0.826088265405492, 1},
            {3.5, 15, 1, 1, 0.875, 0.0826797284707684, 0.727071409585483, 1},
            {4, 13, 1, 0, 0.807692307692308, 0.100032709716371, 0.633613785039395, 1},
            {5.2, 12, 0, 1, 0.807692307692308, 0.100032709716371, 0.633613785039395, 1},
            {6.8, 11, 2, 1, 0.660839160839161, 0.124583252317956, 0.45669353992395, 0.956239487362418},
            {8, 8, 1, 0, 0.578234265734266, 0.133618404776679, 0.367627614662248, 0.909493337099904},
            {9.3, 7, 0, 1, 0.578234265734266, 0.133618404776679, 0.367627614662248, 0.909493337099904},
            {11, 6, 1, 0, 0.481861888111888, 0.141909204876678, 0.270546656469809, 0.858228603688785},
            {12.4, 5, 1, 0, 0.385489510489511, 0.142543223231622, 0.186750630568297, 0.795725092039765},
            {14.9, 4, 0, 1, 0.385489510489511, 0.142543223231622, 0.186750630568297, 0.795725092039765},
            {15, 3, 1, 0, 0.256993006993007, 0.14155579599657, 0.0873104223754096, 0.75644354759082},
            {18.2, 2, 0, 1, 0.256993006993007, 0.14155579599657, 0.0873104223754096, 0.75644354759082},
            {20.1, 1, 0, 1, 0.256993006993007, 0.14155579599657, 0.0873104223754096, 0.75644354759082},
        };
        List<KaplanMeier.Step> steps = KaplanMeier.fit(TIME, EVENT).steps();

        assertThat(steps).hasSize(r.length);
        for (int i = 0; i < r.length; i++) {
            KaplanMeier.Step step = steps.get(i);
            assertThat(step.time()).isEqualTo(r[i][0]);
            assertThat(new int[] {step.atRisk(), step.events(), step.censored()})
                    .containsExactly((int) r[i][1], (int) r[i][2], (int) r[i][3]);
            assertAgrees(step.survival(), r[i][4]);
            assertAgrees(step.standardError(), r[i][5]);
            assertAgrees(step.ciLower(), r[i][6]);
            assertAgrees(step.ciUpper(), r[i][7]);
        }
    }

    @Test
    void medianAndItsIntervalFollowPrintSurvfit() {
        var fit = KaplanMeier.fit(TIME, EVENT);

        assertThat(fit.n()).isEqualTo(16);
        assertThat(fit.events()).isEqualTo(9);
        assertThat(fit.median()).isEqualTo(new KaplanMeier.Median(11.0, 6.8, null));
    }

    @Test
    void numberAtRiskAsSummaryAtTimes() {
        var fit = KaplanMeier.fit(TIME, EVENT);

        assertThat(new int[] {
                    fit.numberAtRisk(0),
                    fit.numberAtRisk(5),
                    fit.numberAtRisk(10),
                    fit.numberAtRisk(15),
                    fit.numberAtRisk(25)
                })
                .containsExactly(16, 12, 6, 3, 0);
    }

    @Test
    void allCensoredStaysAtOneWithoutMedian() {
        var fit = KaplanMeier.fit(new double[] {3, 5, 7}, flags(0, 0, 0));

        assertThat(fit.steps()).extracting(KaplanMeier.Step::survival).containsExactly(1.0, 1.0, 1.0);
        assertThat(fit.steps()).extracting(KaplanMeier.Step::standardError).containsOnly(0.0);
        assertThat(fit.steps()).extracting(KaplanMeier.Step::ciLower).containsOnly(1.0);
        assertThat(fit.median()).isEqualTo(new KaplanMeier.Median(null, null, null));
    }

    @Test
    void aPlateauAtExactlyOneHalfTakesTheMidpoint() {
        var fit = KaplanMeier.fit(new double[] {1, 2, 3, 4}, flags(1, 1, 0, 1));

        assertAgrees(fit.steps().get(1).survival(), 0.5);
        assertAgrees(fit.steps().get(1).standardError(), 0.25);
        assertAgrees(fit.steps().get(1).ciLower(), 0.187658928706588);
        assertThat(fit.median()).isEqualTo(new KaplanMeier.Median(3.0, 1.0, null));
    }

    @Test
    void aCurveThatReachesZeroHasNoErrorOrIntervalThere() {
        var fit = KaplanMeier.fit(new double[] {1, 2, 3}, flags(1, 1, 1));

        KaplanMeier.Step last = fit.steps().get(2);
        assertThat(last.survival()).isZero();
        assertThat(last.standardError()).isNull();
        assertThat(last.ciLower()).isNull();
        assertThat(last.ciUpper()).isNull();
        assertAgrees(fit.steps().get(1).ciLower(), 0.0672783908519223);
        assertThat(fit.median()).isEqualTo(new KaplanMeier.Median(2.0, 1.0, null));
    }

    @Test
    void oneSubject() {
        var fit = KaplanMeier.fit(new double[] {5}, flags(1));

        assertThat(fit.median()).isEqualTo(new KaplanMeier.Median(5.0, null, null));
    }

    static boolean[] flags(int... values) {
        boolean[] flags = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            flags[i] = values[i] == 1;
        }
        return flags;
    }
}
