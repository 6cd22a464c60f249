package org.thyrobank.analysis;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.thyrobank.platform.Settings;

/**
 * What the user asks of the report (docs/interfaces.md, {@code report}): the format, where to write it (null: standard
 * output), the miRNA normalisation spec, the null rate of the primary endpoint, whether QC-flagged specimens are
 * left out and whether hotspot calls no second lab member has signed out are used (docs/lab-pages.md). Defaults come
 * from {@code reference/report.properties}.
 */
public record ReportOptions(
        Format format,
        Path out,
        String normalisation,
        double nullRate,
        boolean excludeFlagged,
        boolean includePreliminary) {

    public static final String REFERENCE = "report.properties";

    public enum Format {
        JSON(ReportJson::write),
        TSV(ReportTsv::write),
        TEXT(ReportText::write),
        HTML(ReportHtml::write);

        private final Function<Report, String> writer;

        Format(Function<Report, String> writer) {
            this.writer = writer;
        }

        public String write(Report report) {
            return writer.apply(report);
        }

        /** {@code json}, {@code tsv}, {@code text} or {@code html}, as the command line writes it. */
        public static Format of(String name) {
            try {
                return valueOf(Objects.requireNonNull(name, "format").strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("format must be json, tsv, text or html, not '" + name + "'", e);
            }
        }
    }

    public ReportOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(normalisation, "normalisation");
        if (!(nullRate > 0 && nullRate < 1)) {
            throw new IllegalArgumentException("--null-rate must lie strictly between 0 and 1, got " + nullRate);
        }
    }

    /** JSON on standard output with the defaults of reference/report.properties. */
    public static ReportOptions defaults() {
        Settings defaults = Settings.reference(REFERENCE);
        return new ReportOptions(
                Format.JSON,
                null,
                defaults.text("normalisation"),
                defaults.number("null-rate"),
                defaults.flag("exclude-flagged"),
                defaults.flag("include-preliminary"));
    }

    public ReportOptions withFormat(Format newFormat) {
        return new ReportOptions(newFormat, out, normalisation, nullRate, excludeFlagged, includePreliminary);
    }

    public ReportOptions withOut(Path newOut) {
        return new ReportOptions(format, newOut, normalisation, nullRate, excludeFlagged, includePreliminary);
    }

    public ReportOptions withNormalisation(String spec) {
        return new ReportOptions(format, out, spec, nullRate, excludeFlagged, includePreliminary);
    }

    public ReportOptions withNullRate(double rate) {
        return new ReportOptions(format, out, normalisation, rate, excludeFlagged, includePreliminary);
    }

    public ReportOptions withExcludeFlagged(boolean exclude) {
        return new ReportOptions(format, out, normalisation, nullRate, exclude, includePreliminary);
    }

    public ReportOptions withIncludePreliminary(boolean include) {
        return new ReportOptions(format, out, normalisation, nullRate, excludeFlagged, include);
    }
}
