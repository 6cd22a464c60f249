package org.thyrobank.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixture cohort built through {@link ReportBuilder} agrees, figure by figure, with what
 * src/test/r/report-golden.R prints for the same CSVs (report-golden.tsv, R 4.2.2, survival 3.5-3): relative
 * difference at most 1e-6, or 1e-4 for the figures R iterates to (odds ratios and their intervals by uniroot, hazard
 * ratios by Newton-Raphson); counts and names exactly.
 */
class ReportBuilderTests {

    private static final double CLOSED_FORM = 1e-6;
    private static final double ITERATED = 1e-4;

    private static Map<String, String> report;

    @BeforeAll
    static void buildTheFixtureReport() {
        report = tsv(ReportTsv.write(ReportBuilder.build(FixtureCohort.input())));
    }

    static Stream<Arguments> goldenFigures() {
        return tsv(FixtureCohort.text(FixtureCohort.ROOT + "report-golden.tsv")).entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("goldenFigures")
    void everyFigureAgreesWithR(String key, String expected) {
        assertThat(report).containsKey(key);
        String actual = report.get(key);
        if (expected.equals("NA") || !isNumber(expected)) {
            assertThat(actual).isEqualTo(expected);
        } else {
            double golden = Double.parseDouble(expected);
            double relative = key.contains("odds_ratio") || key.contains("hazard_ratio") ? ITERATED : CLOSED_FORM;
            assertThat(actual).isNotEqualTo("NA");
            assertThat(Double.parseDouble(actual)).isCloseTo(golden, within(Math.abs(golden) * relative));
        }
    }

    @Test
    void theGoldenFileIsWhatTheRScriptPrints() throws Exception {
        Assumptions.assumeTrue(rscriptAvailable(), "Rscript is not installed");
        Process r = new ProcessBuilder("Rscript", "src/test/r/report-golden.R").redirectErrorStream(false).start();
        String printed = new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(r.waitFor()).isZero();
        assertThat(printed).isEqualTo(FixtureCohort.text(FixtureCohort.ROOT + "report-golden.tsv"));
    }

    private static boolean rscriptAvailable() {
        try {
            return new ProcessBuilder("Rscript", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static boolean isNumber(String text) {
        return text.matches("-?[0-9.]+(e[-+]?[0-9]+)?");
    }

    static Map<String, String> tsv(String text) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String[] cells = line.split("\t", -1);
            figures.put(cells[0], cells[1]);
        }
        return figures;
    }
}
