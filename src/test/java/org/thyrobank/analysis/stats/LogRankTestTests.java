package org.thyrobank.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.thyrobank.analysis.stats.KaplanMeierTests.EVENT;
import static org.thyrobank.analysis.stats.KaplanMeierTests.TIME;
import static org.thyrobank.analysis.stats.KaplanMeierTests.flags;
import static org.thyrobank.analysis.stats.RGolden.assertAgrees;

import org.junit.jupiter.api.Test;

/** Golden values: survdiff(Surv(t, e) ~ g) $obs, $exp, $chisq, $pvalue from src/test/r/stats-golden.R. */
class LogRankTestTests {

    static final String[] BRAF = {
        "MUTANT",
        "WILD_TYPE",
        "MUTANT",
        "MUTANT",
        "WILD_TYPE",
        "WILD_TYPE",
        "MUTANT",
        "WILD_TYPE",
        "MUTANT",
        "WILD_TYPE",
        "MUTANT",
        "WILD_TYPE",
        "WILD_TYPE",
        "MUTANT",
        "WILD_TYPE",
        "WILD_TYPE"
    };

    @Test
    void twoGroups() {
        var result = LogRankTest.test(TIME, EVENT, BRAF);

        assertThat(result.groups()).extracting(LogRankTest.Group::level).containsExactly("MUTANT", "WILD_TYPE");
        assertThat(result.groups()).extracting(LogRankTest.Group::n).containsExactly(7, 9);
        assertThat(result.groups()).extracting(LogRankTest.Group::observed).containsExactly(6, 3);
        assertAgrees(result.groups().get(0).expected(), 3.19105477855478);
        assertAgrees(result.groups().get(1).expected(), 5.80894522144522);
        assertAgrees(result.chiSquare(), 3.98870610014078);
        assertThat(result.degreesOfFreedom()).isEqualTo(1);
        assertAgrees(result.pValue(), 0.0458062269625364);
    }

    @Test
    void threeGroups() {
        String[] groups = {"A", "B", "C", "A", "B", "C", "A", "B", "C", "A", "B", "C", "A", "B", "C", "A"};
        var result = LogRankTest.test(TIME, EVENT, groups);

        assertThat(result.groups()).extracting(LogRankTest.Group::observed).containsExactly(3, 3, 3);
        assertAgrees(result.groups().get(0).expected(), 3.26188811188811);
        assertAgrees(result.groups().get(1).expected(), 2.61564685314685);
        assertAgrees(result.groups().get(2).expected(), 3.12246503496503);
        assertAgrees(result.chiSquare(), 0.0848355785555246);
        assertThat(result.degreesOfFreedom()).isEqualTo(2);
        assertAgrees(result.pValue(), 0.958469258732082);
    }

    @Test
    void aGroupWithoutEventsStillCounts() {
        var result = LogRankTest.test(
                new double[] {1, 2, 3, 4, 5, 6}, flags(1, 0, 1, 0, 0, 1), new String[] {"a", "b", "a", "b", "b", "a"});

        assertAgrees(result.groups().get(0).expected(), 2);
        assertAgrees(result.groups().get(1).expected(), 1);
        assertAgrees(result.chiSquare(), 2);
        assertAgrees(result.pValue(), 0.157299207050284);
    }

    @Test
    void aGroupNeverAtRiskAtAnEventLeavesTheTestAndADegreeOfFreedom() {
        var result = LogRankTest.test(
                new double[] {1, 2, 3, 4, 5, 1.5}, flags(0, 1, 1, 1, 0, 0), new String[] {"c", "a", "a", "b", "b", "c"
                });

        assertAgrees(result.groups().get(0).expected(), 0.833333333333333);
        assertAgrees(result.groups().get(1).expected(), 2.16666666666667);
        assertThat(result.groups().get(2).expected()).isZero();
        assertThat(result.degreesOfFreedom()).isEqualTo(1);
        assertAgrees(result.chiSquare(), 2.88235294117647);
        assertAgrees(result.pValue(), 0.0895550744136428);
    }

    @Test
    void noEventsGiveNoPValue() {
        var result = LogRankTest.test(new double[] {1, 2, 3, 4}, flags(0, 0, 0, 0), new String[] {"a", "b", "a", "b"});

        assertThat(result.chiSquare()).isZero();
        assertThat(result.pValue()).isNull();
    }

    @Test
    void oneGroupIsAnError() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LogRankTest.test(new double[] {1, 2}, flags(1, 1), new String[] {"a", "a"}));
    }
}
