package org.thyrobank.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench/report-vs-r.sh fails only when a figure R printed is missing from the report or differs from it. */
class ReportVersusRTests {

    @TempDir
    Path dir;

    @Test
    void figuresWithinTheGoldenTolerancesAgreeAndFiguresROmitsAreIgnored() throws IOException {
        Path report = write("report.tsv", "primary_endpoint.n\t46\nprimary_endpoint.rate\t0.3913043478\nextra\tx\n");
        Path r = write("r.tsv", "primary_endpoint.n\t46\nprimary_endpoint.rate\t0.391304347826087\n");

        assertThat(ReportVersusR.compare(report, r)).isTrue();
    }

    @Test
    void aDifferentOrMissingFigureFails() throws IOException {
        Path report = write("report.tsv", "primary_endpoint.n\t46\n");

        assertThat(ReportVersusR.compare(report, write("other.tsv", "primary_endpoint.n\t45\n")))
                .isFalse();
        assertThat(ReportVersusR.compare(report, write("more.tsv", "primary_endpoint.n\t46\nmissing\t1\n")))
                .isFalse();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
