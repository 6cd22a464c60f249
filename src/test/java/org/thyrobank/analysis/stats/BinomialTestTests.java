package org.thyrobank.analysis.stats;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.thyrobank.analysis.stats.RGolden.assertAgrees;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinomialTestTests {

    /**
     * Golden values (src/test/r/stats-golden.R): binom.test(k, n, p0)$conf.int,
     * binom.test(k, n, p0, alternative = "greater")$p.value and binom.test(k, n, p0)$p.value.
     */
    @ParameterizedTest(name = "{0}/{1} against {2}")
    @CsvSource({
        "21, 58, 0.2, 0.239920819406302, 0.498821020491002, 0.00304736359030729, 0.004486323026384",
        "0, 10, 0.2, 0, 0.308497107818761, 1, 0.228248064",
        "10, 10, 0.2, 0.691502892181239, 1, 1.024e-07, 1.024e-07",
        "5, 10, 0.5, 0.187086028447399, 0.812913971552601, 0.623046875, 1",
        "3, 40, 0.05, 0.0157421798510415, 0.203864748732899, 0.323264239251353, 0.451776395816456",
        "2, 30, 0.3, 0.00817813446065632, 0.220735401522962, 0.999687669141686, 0.00423786889954084",
        "45, 50, 0.1, 0.781864633565798, 0.966724906410978, 1.26636045616001e-39, 1.26636045616001e-39",
        "1, 1, 0.5, 0.025, 1, 0.5, 1",
    })
    void agreesWithBinomTest(int k, int n, double p0, double lower, double upper, double greater, double twoSided) {
        BinomialTest.Result result = BinomialTest.test(k, n, p0);

        assertAgrees(result.estimate(), (double) k / n);
        assertAgrees(result.ciLower(), lower);
        assertAgrees(result.ciUpper(), upper);
        assertAgrees(result.pValueGreater(), greater);
        assertAgrees(result.pValueTwoSided(), twoSided);
    }

    @Test
    void rejectsMoreSuccessesThanTrials() {
        assertThatIllegalArgumentException().isThrownBy(() -> BinomialTest.test(5, 4, 0.2));
    }

    @Test
    void rejectsNoTrials() {
        assertThatIllegalArgumentException().isThrownBy(() -> BinomialTest.test(0, 0, 0.2));
    }
}
