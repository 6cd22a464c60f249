package org.thyrobank.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.StudyImport;

/**
 * The shared study example (../shared/examples/study-example, whose three parts are copied under src/test/resources:
 * clinical/ by the clinical tests, qpcr/ by the miRNA tests, sequencing/ by the genomics tests), imported into the
 * embedded database, gives the report of {@code report --format json --null-rate 0.2 --include-preliminary} that R gives: the report's
 * input, as {@link ReportService} reads it back, is exported by {@link FixtureExport} to study-example-fixture/,
 * src/test/r/report-golden.R computes every figure from those CSVs (study-example-golden.tsv), and each figure of
 * the report agrees within the tolerances of {@link RGolden}: cohort, primary endpoint, the 12 associations with
 * their tables, survival (medians, CIs, Kaplan-Meier steps, log-rank, Cox), the miRNA tests with q values and
 * flagged-specimen counts, the Spearman correlations, best overall response, the toxicity table (2439 figures). Not
 * in the golden: the labels that name a row, {@code hazard_ratio_note}, {@code mirna_qc} (flag list, normaliser
 * assays) and the dosimetry table, which passes the clinical module's derivations through. The fixture carries the
 * clinical derivations (evaluable, SOFT_TISSUE_CR, survival times, FDG avidity, lowest dose, nadir grades) and the
 * dCq as computed here: R checks the statistics and tables on them, not the derivations.
 */
class StudyExampleReportTests {

    private static final double NULL_RATE = 0.2;
    private static final String FIXTURE = "src/test/resources/org/thyrobank/analysis/study-example-fixture";
    private static final String GOLDEN = FixtureCohort.ROOT + "study-example-golden.tsv";

    @TempDir
    static Path study;

    private static ReportInput input;
    private static Map<String, String> report;
    private static Map<String, String> signedOutOnly;

    @BeforeAll
    static void importTheStudyExample() throws Exception {
        copy("/org/thyrobank/clinical/study-example/clinical", study.resolve("clinical"));
        copy("/org/thyrobank/mirna/study-example/qpcr", study.resolve("qpcr"));
        copy("/org/thyrobank/genomics/vcf/examples", study.resolve("sequencing"));
        try (TestApplication app = TestApplication.start(TestDatabases.embeddedServer())) {
            assertThat(app.bean(StudyImport.class).importStudy(study))
                    .extracting(FileOutcome::outcome)
                    .doesNotContain(FileOutcome.Outcome.REJECTED, FileOutcome.Outcome.NOT_HANDLED);
            // Nobody signed the example's runs out: R's figures are those of every stored call.
            ReportOptions options =
                    ReportOptions.defaults().withNullRate(NULL_RATE).withIncludePreliminary(true);
            input = app.bean(ReportService.class).input(options).orElseThrow();
            report = RGolden.tsv(ReportTsv.write(
                    app.bean(ReportService.class).report(options).orElseThrow()));
            signedOutOnly = RGolden.tsv(ReportTsv.write(app.bean(ReportService.class)
                    .report(ReportOptions.defaults().withNullRate(NULL_RATE))
                    .orElseThrow()));
        }
    }

    @Test
    void theReportIsComputedFromExactlyTheDataRRead() throws IOException {
        Map<String, String> fresh = FixtureExport.csvs(input);
        Path written = Path.of("target/study-example-fixture");
        FixtureExport.write(input, written);
        for (Map.Entry<String, String> file : fresh.entrySet()) {
            assertThat(file.getValue())
                    .as("%s (the fresh export is in %s)", file.getKey(), written)
                    .isEqualTo(Files.readString(Path.of(FIXTURE, file.getKey())));
        }
    }

    @Test
    void theExampleIsSequencedAndMeasuredSoEverySectionHasFigures() {
        assertThat(input.hotspotStatuses()).isNotEmpty();
        assertThat(input.mirna().deltaCq()).isNotEmpty();
        assertThat(report)
                .containsKeys(
                        "associations.BRAF_V600E.SOFT_TISSUE_CR.p_value",
                        "survival.PFS.TERT_PROMOTER.logrank_p",
                        "correlations.fdg_suvmax_vs_gy_per_gbq.rho");
        assertThat(report.get("associations.BRAF_V600E.SOFT_TISSUE_CR.n")).isNotEqualTo("0");
    }

    @Test
    void byDefaultTheCallsOfRunsNobodySignedOutAreLeftOutAndCounted() {
        assertThat(report.get("hotspot_calls.signed_out_only")).isEqualTo("false");
        assertThat(report.get("hotspot_calls.calls_left_out")).isEqualTo("0");

        assertThat(signedOutOnly.get("hotspot_calls.signed_out_only")).isEqualTo("true");
        assertThat(signedOutOnly.get("hotspot_calls.patients_left_out_count"))
                .isEqualTo(Integer.toString(input.hotspotStatuses().size()));
        assertThat(Integer.parseInt(signedOutOnly.get("hotspot_calls.calls_left_out")))
                .isGreaterThanOrEqualTo(input.hotspotStatuses().size());
        assertThat(signedOutOnly.get("associations.BRAF_V600E.SOFT_TISSUE_CR.n"))
                .isEqualTo("0");
        assertThat(signedOutOnly.get("associations.BRAF_V600E.SOFT_TISSUE_CR.left_out.preliminary_call"))
                .isNotEqualTo("0")
                .isNotNull();
        // what does not depend on the calls stays as it was
        assertThat(signedOutOnly.get("primary_endpoint.p_value")).isEqualTo(report.get("primary_endpoint.p_value"));
        assertThat(signedOutOnly.get("associations.FDG_POSITIVE.SOFT_TISSUE_CR.p_value"))
                .isEqualTo(report.get("associations.FDG_POSITIVE.SOFT_TISSUE_CR.p_value"));
    }

    static Stream<Arguments> goldenFigures() {
        return RGolden.tsv(FixtureCohort.text(GOLDEN)).entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("goldenFigures")
    void everyFigureAgreesWithR(String key, String expected) {
        RGolden.assertAgrees(report, key, expected);
    }

    @Test
    void theGoldenFileIsWhatTheRScriptPrintsForTheFixture() throws Exception {
        Assumptions.assumeTrue(RGolden.rscriptAvailable(), "Rscript is not installed");
        assertThat(RGolden.print(FIXTURE, Double.toString(NULL_RATE))).isEqualTo(FixtureCohort.text(GOLDEN));
    }

    private static void copy(String resource, Path target) throws URISyntaxException, IOException {
        Path source =
                Path.of(StudyExampleReportTests.class.getResource(resource).toURI());
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, target.resolve(source.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
