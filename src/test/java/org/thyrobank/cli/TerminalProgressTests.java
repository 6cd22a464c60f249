package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.thyrobank.platform.importing.BundlePart;
import org.thyrobank.platform.importing.ImportProgress;

class TerminalProgressTests {

    @Test
    void theLineCountsFilesAndNamesTheOneBeingImported() {
        assertThat(TerminalProgress.line(12, 28, BundlePart.SEQUENCING, "sequencing/R01/T-MI-001.vcf"))
                .isEqualTo("importing 12/28 files: sequencing/R01/T-MI-001.vcf");
        assertThat(TerminalProgress.line(0, 28, BundlePart.CLINICAL, null)).isEqualTo("importing 0/28 files: clinical");
    }

    @Test
    void aLongPathKeepsItsEndWithinTheWidth() {
        String path = "sequencing/" + "a-very-long-run-folder-name/".repeat(4) + "T-MI-001.vcf";
        String line = TerminalProgress.line(1, 2, BundlePart.SEQUENCING, path);
        assertThat(line)
                .hasSize(TerminalProgress.WIDTH)
                .startsWith("importing 1/2 files: ...")
                .endsWith("/T-MI-001.vcf");
    }

    @Test
    void theLineIsRewrittenInPlaceAndErasedAtTheEnd() {
        StringWriter err = new StringWriter();
        ImportProgress progress = TerminalProgress.of(true, new PrintWriter(err));
        progress.progressed(0, 2, BundlePart.SEQUENCING, "sequencing/R01/long-name.vcf");
        progress.progressed(1, 2, BundlePart.SEQUENCING, null);
        progress.progressed(2, 2, null, null);
        String first = "importing 0/2 files: sequencing/R01/long-name.vcf";
        String second = "importing 1/2 files: sequencing";
        assertThat(err.toString())
                .isEqualTo("\r" + first + "\r" + second + " ".repeat(first.length() - second.length()) + "\r"
                        + " ".repeat(second.length()) + "\r");
    }

    @Test
    void withoutATerminalOrWithNoProgressNothingIsWritten() {
        StringWriter err = new StringWriter();
        // The tests run without a console: the default is silence, as is --no-progress.
        assertThat(System.console()).isNull();
        for (Boolean asked : new Boolean[] {null, false}) {
            ImportProgress progress = TerminalProgress.of(asked, new PrintWriter(err));
            progress.progressed(0, 1, BundlePart.CLINICAL, "clinical");
            progress.progressed(1, 1, null, null);
        }
        assertThat(err.toString()).isEmpty();
    }
}
