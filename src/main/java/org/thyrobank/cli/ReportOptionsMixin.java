package org.thyrobank.cli;

import java.nio.file.Path;
import org.thyrobank.analysis.ReportOptions;
import picocli.CommandLine.Option;

/** The report's options, shared by {@code report} and {@code demo}; unset ones keep reference/report.properties. */
final class ReportOptionsMixin {

    @Option(
            names = "--format",
            defaultValue = "json",
            description = "json, tsv, text (a short summary) or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path out;

    @Option(
            names = "--normalisation",
            paramLabel = "METHOD",
            description = "miRNA normalisation: global-mean, reference:<miRNA,...> or spike-in:<assay>"
                    + " (default: reference/report.properties, global-mean).")
    String normalisation;

    @Option(
            names = "--null-rate",
            paramLabel = "P0",
            description =
                    "Historical rate the primary endpoint is tested against (default: reference/report.properties, 0.2).")
    Double nullRate;

    @Option(
            names = "--exclude-flagged",
            description = "Leave QC-flagged specimens (spike-in, haemolysis) out of the miRNA tests.")
    boolean excludeFlagged;

    @Option(
            names = "--include-preliminary",
            description = "Use every stored hotspot call, also those of runs no second lab member has signed out"
                    + " (default: signed-out runs only, reference/report.properties).")
    boolean includePreliminary;

    ReportOptions toOptions() {
        ReportOptions options = ReportOptions.defaults()
                .withFormat(ReportOptions.Format.of(format))
                .withOut(out);
        if (normalisation != null) {
            options = options.withNormalisation(normalisation);
        }
        if (nullRate != null) {
            options = options.withNullRate(nullRate);
        }
        if (includePreliminary) {
            options = options.withIncludePreliminary(true);
        }
        return excludeFlagged ? options.withExcludeFlagged(true) : options;
    }
}
