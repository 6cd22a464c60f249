package org.thyrobank.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code report --format text} on the shared example study's report (VCFs included, as R checks it). */
class ReportTextTests {

    private static String text;
    private static JsonNode json;

    @BeforeAll
    static void writeTheExampleStudysSummary() {
        Report report = ReportBuilder.build(FixtureCohort.input(FixtureCohort.ROOT + "study-example-fixture/"));
        text = ReportText.write(report);
        json = JsonMapper.builder().build().readTree(ReportJson.write(report));
    }

    @Test
    void everySectionIsThere() {
        assertThat(text)
                .contains("\nPopulations\n", "enrolled 60 -> dosimetry 59 -> treated 51 -> evaluable 45")
                .contains("\nPrimary endpoint: SOFT_TISSUE_CR")
                .contains("\nAssociations (")
                .contains("\nSurvival of the treated")
                .contains("\nDose-response of soft-tissue lesions")
                .contains("\nmiRNA tests with q < 0.05");
    }

    @Test
    void noNumberHasTheSeventeenDigitsOfTheJson() {
        // p and q of 0.001 to 0.01 have 5 decimals at 3 significant figures; nothing else has more than 2.
        assertThat(text).doesNotContainPattern("\\d\\.\\d{6,}");
        assertThat(text.replaceAll("0\\.00\\d{3}", "")).doesNotContainPattern("\\d\\.\\d{5,}");
    }

    @Test
    void theLeftOutFlowIsInWordsInTheFlowsOrder() {
        assertThat(text)
                .containsSubsequence(
                        "enrolled     1 without dosimetry",
                        "dosimetry    7 exited to standard care, 1 without therapy",
                        "treated      6 without a visit at 6 months");
    }

    @Test
    void associationRowsAreTheJsonsFiguresRoundedInAlignedColumns() {
        List<String> lines = section("\nAssociations (");
        String header = lines.get(1);
        int qEnd = header.indexOf(" q ") + 2;
        assertThat(lines.subList(2, lines.size()))
                .hasSize(json.get("associations").size())
                .allSatisfy(line -> {
                    assertThat(line.charAt(qEnd - 1)).isNotEqualTo(' ');
                    assertThat(line.charAt(qEnd)).isEqualTo(' ');
                });
        for (int i = 0; i < json.get("associations").size(); i++) {
            JsonNode a = json.get("associations").get(i);
            String row = lines.get(2 + i);
            assertThat(row)
                    .startsWith("  " + a.get("factor").asString())
                    .contains(" " + a.get("n").asInt() + "  ")
                    .contains(rounded(a.get("odds_ratio").asDouble(), 2))
                    .contains("  " + significant(a.get("p_value").asDouble()) + "  ")
                    .contains("  " + significant(a.get("q_value").asDouble()) + "  ");
        }
        assertThat(lines.get(2)).endsWith("15 not evaluable, 2 with no BRAF call");
    }

    @Test
    void thePrimaryEndpointIsTheJsonsRateCiAndP() {
        JsonNode primary = json.get("primary_endpoint");
        assertThat(text)
                .contains("evaluable    45          15  33.3 %  20.0-49.0 %  "
                        + significant(primary.get("p_value").asDouble()))
                .contains("left out: 15 not evaluable");
    }

    @Test
    void survivalMediansAreInMonthsToOneDecimalAndNotReachedIsNa() {
        assertThat(text)
                .contains("PFS       all                      51      46     7.2   6.2-10.8")
                .contains("OS        BRAF_V600E WILD_TYPE     18       7      NA    30.7-NA")
                .contains("PFS by BRAF_V600E: log-rank p < 0.001, HR 3.20 (95 % CI 1.60-6.38)");
    }

    @Test
    void onlyMirnaTestsBelowTheQThresholdAreListed() {
        long below = json.get("mirna")
                .valueStream()
                .filter(m -> !m.get("q_value").isNull() && m.get("q_value").asDouble() < ReportText.Q_SHOWN)
                .count();
        assertThat(below).isPositive();
        assertThat(section("\nmiRNA tests")).hasSize((int) below + 2);
        assertThat(text).contains(below + " of " + json.get("mirna").size());
    }

    @Test
    void pAndQAreThreeSignificantFiguresAndSmallOnesAreBelowOneThousandth() {
        assertThat(ReportText.p(0.5)).isEqualTo("0.500");
        assertThat(ReportText.p(1.0)).isEqualTo("1.00");
        assertThat(ReportText.p(0.0123456)).isEqualTo("0.0123");
        assertThat(ReportText.p(0.0009999)).isEqualTo("< 0.001");
        assertThat(ReportText.p(0.001)).isEqualTo("0.00100");
        assertThat(ReportText.p(null)).isEqualTo("NA");
        assertThat(ReportText.decimals(1826.8849, 2)).isEqualTo("1826.88");
        assertThat(ReportText.decimals(Double.POSITIVE_INFINITY, 2)).isEqualTo("NA");
        assertThat(ReportText.percent(0.33333)).isEqualTo("33.3 %");
    }

    @Test
    void leftOutCountsAreWordsAndNoneWhenNobody() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("not_evaluable", 0);
        counts.put("no_call", 2);
        counts.put("undefined_outcome", 1);
        assertThat(ReportText.leftOut(counts, "BRAF_V600E"))
                .isEqualTo("2 with no BRAF call, 1 with the outcome undefined");
        assertThat(ReportText.leftOut(Map.of("no_call", 3), "FDG_POSITIVE")).isEqualTo("3 with no FDG PET reading");
        assertThat(ReportText.leftOut(Map.of("no_consent", 4), null)).isEqualTo("4 no consent");
        assertThat(ReportText.leftOut(Map.of("not_evaluable", 0), null)).isEqualTo("none");
    }

    /** The section's lines from its title to the blank line after it. */
    private static List<String> section(String title) {
        int start = text.indexOf(title) + 1;
        int end = text.indexOf("\n\n", start);
        return text.substring(start, end).lines().toList();
    }

    private static String significant(double value) {
        if (value < 0.001) {
            return "< 0.001";
        }
        BigDecimal r = new BigDecimal(value).round(new java.math.MathContext(3, RoundingMode.HALF_UP));
        return r.setScale(Math.max(r.scale(), r.scale() + 3 - r.precision())).toPlainString();
    }

    private static String rounded(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }
}
