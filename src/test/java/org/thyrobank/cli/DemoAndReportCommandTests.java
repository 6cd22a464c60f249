package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The newcomer's path end to end on the embedded database: demo, then report in every format. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoAndReportCommandTests {

    @TempDir
    static Path work;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String dataDir() {
        return work.resolve("data").toString();
    }

    @Test
    @Order(1)
    void reportOnAnEmptyDatabaseSaysThereIsNothingToReport() {
        CliRun run = CliRun.of("report", "--data-dir", dataDir());
        assertThat(run.exitCode()).isEqualTo(ReportCommand.NOTHING_TO_REPORT);
        assertThat(run.err()).contains("nothing to report");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @Order(2)
    void demoWritesImportsAndReportsTheSyntheticCohort() throws Exception {
        CliRun run = CliRun.of(
                "demo",
                "--no-serve",
                "--data-dir",
                dataDir(),
                "--study-dir",
                work.resolve("study").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .contains("wrote a synthetic study of 60 patients (46 evaluable)")
                .contains("clinical/patients.csv: imported")
                .doesNotContain("rejected")
                .doesNotContain("not handled yet");
        assertThat(run.out())
                .startsWith("thyrobank report: 60 patients, 46 evaluable")
                .contains(
                        "enrolled 60 -> ",
                        "-> treated 55 -> evaluable 46",
                        "Primary endpoint: SOFT_TISSUE_CR",
                        "  BRAF_V600E         SOFT_TISSUE_CR",
                        "PFS by BRAF_V600E: log-rank p ",
                        "  all treated  ",
                        "D80 ")
                .contains("Hotspot calls: every stored call, signed out or not.")
                .doesNotContain("\t")
                .doesNotContainPattern("\\d\\.\\d{6,}");
        // Not on a terminal and without --progress: no progress line.
        assertThat(run.err()).doesNotContain("\r").doesNotContain("importing ");
        assertThat(run.err()).contains("the report's summary");
    }

    @Test
    @Order(3)
    void reportAsJsonHasEverySectionOfTheContract() throws Exception {
        CliRun run = CliRun.of("report", "--format", "json", "--data-dir", dataDir());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("cohort").get("patients").asInt()).isEqualTo(60);
        assertThat(report.get("cohort").get("evaluable").asInt()).isEqualTo(46);
        assertThat(report.get("primary_endpoint").get("outcome").asString()).isEqualTo("SOFT_TISSUE_CR");
        assertThat(report.get("associations")).hasSize(13);
        assertThat(report.get("populations").get("evaluable").asInt()).isEqualTo(46);
        assertThat(report.get("populations").get("exited").asInt()).isEqualTo(5);
        assertThat(report.get("survival")).hasSize(6);
        assertThat(report.get("mirna").size()).isPositive();

        // nobody signed the demo's runs out: by default their calls are left out and counted ...
        JsonNode calls = report.get("hotspot_calls");
        assertThat(calls.get("signed_out_only").asBoolean()).isTrue();
        assertThat(calls.get("patients_left_out_count").asInt()).isPositive();
        assertThat(calls.get("calls_left_out").asInt()).isPositive();
        assertThat(report.get("associations").get(0).get("n").asInt()).isZero();
        assertThat(report.get("associations")
                        .get(0)
                        .get("left_out")
                        .get("preliminary_call")
                        .asInt())
                .isPositive();
        // ... and used on request
        CliRun included = CliRun.of("report", "--format", "json", "--include-preliminary", "--data-dir", dataDir());
        assertThat(included.exitCode()).as(included.err()).isZero();
        JsonNode everyCall = JSON.readTree(included.out());
        assertThat(everyCall.get("hotspot_calls").get("signed_out_only").asBoolean())
                .isFalse();
        assertThat(everyCall.get("associations").get(0).get("n").asInt()).isPositive();
        assertThat(everyCall
                        .get("provenance")
                        .get("options")
                        .get("include_preliminary")
                        .asBoolean())
                .isTrue();
    }

    @Test
    @Order(4)
    void aSecondDemoReusesTheStudyAndImportsNothingNew() {
        CliRun run = CliRun.of(
                "demo",
                "--no-serve",
                "--data-dir",
                dataDir(),
                "--study-dir",
                work.resolve("study").toString(),
                "--format",
                "tsv",
                "--progress");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .contains("reusing the synthetic study")
                .contains("clinical/patients.csv: unchanged")
                .doesNotContain(": imported");
        assertThat(run.out()).contains("cohort.patients\t60");
        assertThat(run.err()).contains("\rimporting 0/").contains(" files: clinical");
        assertThat(run.out()).doesNotContain("\r");
    }

    @Test
    @Order(5)
    void reportAsTextIsTheSummary() {
        CliRun run = CliRun.of("report", "--format", "text", "--data-dir", dataDir());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("thyrobank report: 60 patients, 46 evaluable")
                .contains("\nAssociations (", "\nSurvival of the treated", "\nmiRNA tests with q < 0.05")
                .containsPattern(
                        "\nSafety of the treated \\(CTCAE v4\\.0\\)\n  related adverse event, any grade: [0-9]+/55 = ")
                .containsPattern("  protocol deviations of the activity: [0-9]+ BELOW_RECOMMENDED")
                .containsPattern("\nHotspot calls: signed-out runs only; [0-9]+ preliminary calls left out, [0-9]+"
                        + " patients with no signed-out call\\. report --include-preliminary uses them\\.\n");
    }

    @Test
    @Order(6)
    void reportWritesHtmlToAFile() throws Exception {
        Path html = work.resolve("out/report.html");
        CliRun run = CliRun.of("report", "--format", "html", "--out", html.toString(), "--data-dir", dataDir());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(html))
                .contains("<svg")
                .doesNotContain("http://")
                .doesNotContain("https://");
    }

    @Test
    @Order(7)
    void aBadNormalisationIsABadInput() {
        CliRun run = CliRun.of("report", "--normalisation", "median", "--data-dir", dataDir());
        assertThat(run.exitCode()).isEqualTo(ThyrobankCli.BAD_INPUT);
        assertThat(run.err()).contains("median");
    }

    @Test
    @Order(8)
    void aNullRateOutsideZeroAndOneIsABadInput() {
        CliRun run = CliRun.of("report", "--null-rate", "1.5", "--data-dir", dataDir());
        assertThat(run.exitCode()).isEqualTo(ThyrobankCli.BAD_INPUT);
        assertThat(run.err()).contains("--null-rate must lie strictly between 0 and 1");
    }
}
