package org.thyrobank.analysis;

import static org.assertj.core.api.Assertions.assertThat;

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
 * src/test/r/report-golden.R prints for the same CSVs (report-golden.tsv, R 4.2.2, survival 3.5-3), within the
 * tolerances of {@link RGolden}.
 */
class ReportBuilderTests {

    private static Map<String, String> report;

    @BeforeAll
    static void buildTheFixtureReport() {
        report = RGolden.tsv(ReportTsv.write(ReportBuilder.build(FixtureCohort.input())));
    }

    static Stream<Arguments> goldenFigures() {
        return RGolden.tsv(FixtureCohort.text(FixtureCohort.ROOT + "report-golden.tsv")).entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("goldenFigures")
    void everyFigureAgreesWithR(String key, String expected) {
        RGolden.assertAgrees(report, key, expected);
    }

    @Test
    void theGoldenFileIsWhatTheRScriptPrints() throws Exception {
        Assumptions.assumeTrue(RGolden.rscriptAvailable(), "Rscript is not installed");
        assertThat(RGolden.print()).isEqualTo(FixtureCohort.text(FixtureCohort.ROOT + "report-golden.tsv"));
    }
}
