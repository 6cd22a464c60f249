package org.thyrobank.analysis;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The report's key lines, as the demo prints them: the cohort, the population flow's counts, the primary endpoint
 * and its sensitivity rate, each association's odds ratio, p and q, each survival comparison's medians, log-rank p and
 * hazard ratio, the dose-response fit, and the miRNA tests with q < 0.05 — lines of the TSV report, so the same keys
 * lead to the full figures.
 */
public final class ReportKeyLines {

    private static final Pattern KEY = Pattern.compile(String.join(
            "|",
            "cohort\\..*",
            "populations\\.(enrolled|dosimetry|exited|treated|evaluable)",
            "primary_endpoint\\.(outcome|evaluable|responders|rate|ci95\\.\\w+|null_rate|p_value)",
            "primary_endpoint\\.sensitivity_all_treated\\.(n|k|rate)",
            "associations\\.[^.]+\\.[^.]+\\.(n|odds_ratio|odds_ratio_ci95\\.\\w+|p_value|q_value)",
            "dose_response\\.logistic\\.(slope_log10_gy|slope_p_value|d80_gy)",
            "survival\\.\\w+\\.[^.]+\\.(n|events|median_months|logrank_p|hazard_ratio|hazard_ratio_ci95\\.\\w+)",
            "survival\\.\\w+\\.[^.]+\\.groups\\.\\w+\\.(n|events|median_months)"));
    private static final Pattern SIGNIFICANT_MIRNA = Pattern.compile("mirna\\.[^.]+\\.\\w+\\.q_value");
    private static final double Q_SHOWN = 0.05;

    private ReportKeyLines() {}

    public static String of(Report report) {
        return ReportTsv.write(report)
                .lines()
                .filter(line -> {
                    int tab = line.indexOf('\t');
                    String key = tab < 0 ? line : line.substring(0, tab);
                    return KEY.matcher(key).matches()
                            || (SIGNIFICANT_MIRNA.matcher(key).matches() && below(line.substring(tab + 1)));
                })
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static boolean below(String value) {
        try {
            return Double.parseDouble(value) < Q_SHOWN;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
