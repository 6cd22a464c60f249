package org.thyrobank.analysis.stats;

import static org.thyrobank.analysis.stats.RGolden.ITERATED;
import static org.thyrobank.analysis.stats.RGolden.assertAgrees;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FisherExactTestTests {

    /** fisher.test(matrix(c(a, c, b, d), 2)): $p.value, $estimate, $conf.int (zero cells give 0 and Inf). */
    @ParameterizedTest(name = "[[{0}, {1}], [{2}, {3}]]")
    @CsvSource({
        "3, 1, 1, 3, 0.485714285714286, 6.40830886700579, 0.211732915305503, 621.933750545417",
        "10, 5, 3, 12, 0.0253276870336761, 7.37522768990956, 1.21962894315626, 60.9901722439715",
        "21, 7, 15, 15, 0.0622444269675265, 2.94190212613888, 0.869286597767968, 10.8234985346866",
        "1, 20, 12, 3, 4.18038924876588e-06, 0.0155545522026074, 0.000287503113825501, 0.159154162411139",
        "20, 1, 3, 12, 4.18038924876588e-06, 64.2898610628191, 6.28321612737169, 3478.22319798251",
        "0, 5, 6, 4, 0.0439560439560439, 0, 0, 1.27875130893895",
        "5, 0, 2, 6, 0.020979020979021, Infinity, 1.21098826259752, Infinity",
        "0, 0, 3, 4, 1, 0, 0, Infinity",
        "0, 0, 0, 0, 1, 0, 0, Infinity",
        "2, 3, 4, 6, 1, 1, 0.0578082424607651, 13.7893807185926",
        "0, 4, 2, 2, 0.428571428571429, 0, 0, 5.05318150839846",
        "0, 2, 0, 0, 1, 0, 0, Infinity",
        "3, 1, 0, 0, 1, 0, 0, Infinity",
    })
    void agreesWithFisherTest(int a, int b, int c, int d, double p, double oddsRatio, double lower, double upper) {
        FisherExactTest.Result result = FisherExactTest.test(a, b, c, d);

        assertAgrees(result.pValue(), p);
        assertAgrees(result.oddsRatio(), oddsRatio, ITERATED);
        assertAgrees(result.oddsRatioCiLower(), lower, ITERATED);
        assertAgrees(result.oddsRatioCiUpper(), upper, ITERATED);
    }
}
