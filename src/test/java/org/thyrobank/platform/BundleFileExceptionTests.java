package org.thyrobank.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BundleFileExceptionTests {

    private static List<String> problems(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> "line " + i + ": bad")
                .toList();
    }

    @Test
    void fiftyProblemsAreListedWhole() {
        BundleFileException e = new BundleFileException("qpcr/plate.csv", problems(50));
        assertThat(e.problems()).hasSize(50).endsWith("line 50: bad");
    }

    @Test
    void moreThanFiftyAreCappedWithACountOfTheRest() {
        BundleFileException e = new BundleFileException("sequencing/R01/manifest.csv", problems(120));
        assertThat(e.problems())
                .hasSize(51)
                .startsWith("line 1: bad")
                .contains("line 50: bad")
                .doesNotContain("line 51: bad")
                .endsWith("... and 70 more problems (120 in all)");
        assertThat(e.getMessage())
                .startsWith("sequencing/R01/manifest.csv: line 1: bad; ")
                .endsWith("(120 in all)");
    }

    @Test
    void aReaderThatKeptOnlyTheFirstOnesGivesTheCount() {
        BundleFileException e = new BundleFileException("clinical/labs.csv", problems(50), 63);
        assertThat(e.problems()).hasSize(51).endsWith("... and 13 more problems (63 in all)");
    }
}
