package org.thyrobank.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReportOptionsTests {

    @Test
    void defaultsAreTheProtocolsNullRateGlobalMeanAndFlaggedSpecimensKept() {
        ReportOptions defaults = ReportOptions.defaults();
        assertThat(defaults.nullRate()).isEqualTo(0.2);
        assertThat(defaults.normalisation()).isEqualTo("global-mean");
        assertThat(defaults.excludeFlagged()).isFalse();
        assertThat(defaults.includePreliminary())
                .as("signed-out calls only by default")
                .isFalse();
        assertThat(defaults.format()).isEqualTo(ReportOptions.Format.JSON);
        assertThat(defaults.out()).isNull();
    }

    @Test
    void eachOptionOverridesItsDefaultOnly() {
        ReportOptions options = ReportOptions.defaults()
                .withFormat(ReportOptions.Format.of("html"))
                .withOut(Path.of("report.html"))
                .withNullRate(0.15)
                .withNormalisation("spike-in:cel-miR-39-3p")
                .withExcludeFlagged(true)
                .withIncludePreliminary(true);
        assertThat(options)
                .isEqualTo(new ReportOptions(
                        ReportOptions.Format.HTML, Path.of("report.html"), "spike-in:cel-miR-39-3p", 0.15, true, true));
    }

    @Test
    void aNullRateOutsideZeroToOneOrAnUnknownFormatIsRefused() {
        assertThatThrownBy(() -> ReportOptions.defaults().withNullRate(1)).hasMessageContaining("--null-rate");
        assertThatThrownBy(() -> ReportOptions.Format.of("pdf")).hasMessageContaining("json, tsv, text or html");
    }

    @Test
    void eachFormatWritesItsOwnKindOfText() {
        Report report = ReportBuilder.build(FixtureCohort.input());
        assertThat(ReportOptions.Format.JSON.write(report)).startsWith("{");
        assertThat(ReportOptions.Format.TSV.write(report)).startsWith("cohort.patients\t36");
        assertThat(ReportOptions.Format.HTML.write(report)).startsWith("<!DOCTYPE html>");
    }
}
