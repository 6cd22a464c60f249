package org.thyrobank.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Report figures against what src/test/r/report-golden.R prints (key TAB value, the keys of {@link ReportTsv}):
 * relative difference at most 1e-6, or 1e-4 for the figures R iterates to (odds ratios and their intervals by
 * uniroot, hazard ratios by Newton-Raphson); counts, names and NA exactly.
 */
final class RGolden {

    static final String SCRIPT = "src/test/r/report-golden.R";
    private static final double CLOSED_FORM = 1e-6;
    private static final double ITERATED = 1e-4;

    private RGolden() {}

    static void assertAgrees(Map<String, String> report, String key, String expected) {
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

    /** What the R script prints when run from the repository root with these arguments. */
    static String print(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("Rscript", SCRIPT));
        command.addAll(List.of(arguments));
        Process r = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String printed = new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(r.waitFor()).isZero();
        return printed;
    }

    static boolean rscriptAvailable() {
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
