package org.thyrobank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumbersTests {

    private final Numbers num = new Numbers();

    @Test
    void pAndQValuesHaveThreeSignificantFiguresAtMostFourDecimalsAndALowerBound() {
        assertThat(num.p(0.31415)).isEqualTo("0.314");
        assertThat(num.p(0.0786123)).isEqualTo("0.0786");
        assertThat(num.p(0.00232)).isEqualTo("0.0023");
        assertThat(num.p(0.001)).isEqualTo("0.001");
        assertThat(num.p(0.000999)).isEqualTo("< 0.001");
        assertThat(num.p(1e-12)).isEqualTo("< 0.001");
        assertThat(num.p(1.0)).isEqualTo("1");
        assertThat(num.p(0.5)).isEqualTo("0.5");
        assertThat(num.p(null)).isEqualTo("—");
        assertThat(num.p(Double.NaN)).isEqualTo("—");
    }

    @Test
    void dosesAndActivitiesHaveTwoDecimalsAndCountsNone() {
        assertThat(num.dose(8.368200836820084)).isEqualTo("8.37");
        assertThat(num.dose(new BigDecimal("7.4"))).isEqualTo("7.40");
        assertThat(num.dose(80)).isEqualTo("80.00");
        assertThat(num.dose(null)).isEqualTo("—");
        assertThat(num.count(45)).isEqualTo("45");
        assertThat(num.count(12345L)).isEqualTo("12,345");
        assertThat(num.rate(1.0 / 3)).isEqualTo("0.333");
        assertThat(num.estimate(Double.POSITIVE_INFINITY)).isEqualTo("∞");
    }

    @Test
    void intervalsAreTwoNumbersWithAnUnboundedEndAsInfinity() {
        assertThat(num.interval(Arrays.asList(0.1234, 9.876))).isEqualTo("0.12 – 9.88");
        assertThat(num.interval(Arrays.asList(0.5, null))).isEqualTo("0.50 – ∞");
        assertThat(num.interval(null)).isEqualTo("—");
        assertThat(num.rateInterval(Arrays.asList(0.2, 0.49))).isEqualTo("0.200 – 0.490");
        assertThat(num.rateInterval(Arrays.asList(null, null))).isEqualTo("—");
    }

    @Test
    void leftOutCountsReadAsWordsNamingTheFactor() {
        Map<String, Integer> leftOut = new LinkedHashMap<>();
        leftOut.put("no_survival_time", 0);
        leftOut.put("no_call", 2);
        leftOut.put("not_treated", 1);
        assertThat(num.reasons(leftOut, "BRAF_V600E")).isEqualTo("2 with no BRAF V600E call, 1 not treated");
        assertThat(num.reasons(Map.of("no_call", 0), "BRAF_V600E")).isEqualTo("none");
        assertThat(num.conditions(Map.of("centre", "MILAN"))).isEqualTo("centre MILAN");
    }
}
