package org.thyrobank.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.ClinicalDerivations;
import org.thyrobank.clinical.bundle.ClinicalBundleReader;

/**
 * Small clinical bundles at the edges of the analysis plan (src/test/resources/org/thyrobank/analysis/edge-cases):
 * {@code no-exit} (nobody exits; NEGRAR has no evaluable patient; low doses disappear and high ones do not, so the
 * logistic slope is not above 0 and D80 is undefined; every adverse event without an attribution),
 * {@code all-exited} (every patient exits: nobody treated or evaluable; no adverse events) and
 * {@code no-adverse-events} (treated patients without adverse events; a patient without blood dosimetry, one never
 * treated). Each goes through the real reader and derivations; its report input is exported by {@link FixtureExport}
 * to the case's fixture/ folder, src/test/r/report-golden.R computes every figure from it (golden.tsv), and each
 * figure of the report agrees within the tolerances of {@link RGolden}.
 */
class EdgeCaseReportTests {

    private static final String CASES = "src/test/resources/org/thyrobank/analysis/edge-cases/";
    private static final List<String> NAMES = List.of("no-exit", "all-exited", "no-adverse-events");

    static ReportInput input(String name) {
        try {
            Path clinical = Path.of(EdgeCaseReportTests.class
                    .getResource("/org/thyrobank/analysis/edge-cases/" + name + "/clinical")
                    .toURI());
            ClinicalBundle bundle = ClinicalBundleReader.read(clinical);
            return new ReportInput(
                    ClinicalDerivations.derive(bundle), bundle, Map.of(), null, List.of(), null, false, 0.2);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Map<String, Report> REPORTS = new java.util.concurrent.ConcurrentHashMap<>();

    static Report report(String name) {
        return REPORTS.computeIfAbsent(name, n -> ReportBuilder.build(input(n)));
    }

    static Stream<Arguments> goldenFigures() {
        return NAMES.stream()
                .flatMap(name -> RGolden.tsv(
                                FixtureCohort.text("/org/thyrobank/analysis/edge-cases/" + name + "/golden.tsv"))
                        .entrySet()
                        .stream()
                        .map(e -> Arguments.of(name, e.getKey(), e.getValue())));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @MethodSource("goldenFigures")
    void everyFigureAgreesWithR(String name, String key, String expected) {
        RGolden.assertAgrees(RGolden.tsv(ReportTsv.write(report(name))), key, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-exit", "all-exited", "no-adverse-events"})
    void theReportIsComputedFromExactlyTheDataRRead(String name) throws IOException {
        Path written = Path.of("target/edge-cases", name);
        FixtureExport.write(input(name), written);
        for (Map.Entry<String, String> file : FixtureExport.csvs(input(name)).entrySet()) {
            assertThat(file.getValue())
                    .as("%s of %s (the fresh export is in %s)", file.getKey(), name, written)
                    .isEqualTo(Files.readString(Path.of(CASES, name, "fixture", file.getKey())));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-exit", "all-exited", "no-adverse-events"})
    void theGoldenFileIsWhatTheRScriptPrintsForTheFixture(String name) throws Exception {
        Assumptions.assumeTrue(RGolden.rscriptAvailable(), "Rscript is not installed");
        assertThat(RGolden.print(CASES + name + "/fixture"))
                .isEqualTo(Files.readString(Path.of(CASES, name, "golden.tsv")));
    }

    @Test
    void withoutAnExitTheFlowKeepsEveryoneWithDosimetryAndACentreWithoutEvaluablePatientsHasNoRate() {
        Report report = report("no-exit");
        assertThat(report.populations().exited()).isZero();
        assertThat(report.populations().dosimetry()).isEqualTo(6);
        assertThat(report.primaryEndpoint().byCentre())
                .filteredOn(c -> c.centre().equals("NEGRAR"))
                .singleElement()
                .satisfies(c -> assertThat(c.n()).isZero())
                .satisfies(c -> assertThat(c.rate()).isNull());
        assertThat(report.doseResponse().logistic().slopeLog10Gy()).isNotPositive();
        assertThat(report.doseResponse().logistic().d80Gy()).isNull();
        assertThat(report.toxicity().relatedAny().k()).isEqualTo(4);
        assertThat(report.toxicity().warnings()).singleElement().asString().contains("MI-103", "no onset_on");
    }

    @Test
    void whenEveryoneExitsNoFigureOfTheTreatedOrEvaluableIsDefined() {
        Report report = report("all-exited");
        assertThat(report.populations().exited()).isEqualTo(3);
        assertThat(report.populations().treated()).isZero();
        assertThat(report.primaryEndpoint().rate()).isNull();
        assertThat(report.primaryEndpoint().sensitivityAllTreated().n()).isEqualTo(3);
        assertThat(report.toxicity().relatedAny().rate()).isNull();
        assertThat(report.doseResponse().lesions()).isZero();
        assertThat(report.doseResponse().logistic().note()).isNotNull();
        assertThat(report.followUp().medianMonths()).isNull();
    }

    @Test
    void treatedPatientsWithoutAdverseEventsHaveZeroRatesAndNoTerms() {
        Report report = report("no-adverse-events");
        assertThat(report.toxicity().treated()).isEqualTo(2);
        assertThat(report.toxicity().relatedAny().k()).isZero();
        assertThat(report.toxicity().relatedAny().rate()).isZero();
        assertThat(report.toxicity().terms()).isEmpty();
        assertThat(report.populations().leftOut())
                .extracting(Report.PopulationExit::patientId, Report.PopulationExit::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MI-302", "NO_DOSIMETRY"),
                        org.assertj.core.groups.Tuple.tuple("VR-301", "NO_THERAPY"));
    }
}
