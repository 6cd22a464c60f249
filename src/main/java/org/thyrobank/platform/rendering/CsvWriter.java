package org.thyrobank.platform.rendering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of the service: every CSV it hands out (the pages' downloads, the tidy export) goes through here.
 * Quoting is commons-csv's RFC 4180 (a cell holding a comma, a quote, CR or LF is quoted, so multi-line values stay
 * one cell); a missing value is an empty cell; a {@link BigDecimal} is written without an exponent.
 *
 * <p>A text cell that a spreadsheet would run as a formula - one starting with {@code = + - @}, a tab or CR - gets a
 * leading apostrophe, as OWASP advises against CSV injection; patient ids, notes and file names come from uploaded
 * files. Numbers are written as they are, whether a {@link Number} or a text that is only a decimal number (such as
 * {@code -1.5} or {@code 2e-05}): no formula looks like that, and R and pandas must still read them as numbers.
 *
 * <p>{@link #forBundle} writes files of a study bundle (a run's manifest written back by {@code export --format
 * bundle}): the importer reads them back and must find every id exactly as stored, so nothing is neutralised there.
 */
public final class CsvWriter {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private final CSVPrinter printer;
    private final int columns;
    private final boolean neutralise;

    /**
     * Writes {@code header} as the first row.
     *
     * @param recordSeparator {@code "\r\n"} (RFC 4180) or {@code "\n"}
     */
    public CsvWriter(Appendable out, String recordSeparator, List<String> header) {
        this(out, recordSeparator, header, true);
    }

    /** A study bundle file, for the importer to read back: quoted as usual, no cell neutralised (LF line ends). */
    public static CsvWriter forBundle(Appendable out, List<String> header) {
        return new CsvWriter(out, "\n", header, false);
    }

    private CsvWriter(Appendable out, String recordSeparator, List<String> header, boolean neutralise) {
        this.neutralise = neutralise;
        try {
            this.printer = CSVFormat.DEFAULT
                    .builder()
                    .setRecordSeparator(recordSeparator)
                    .get()
                    .print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.columns = header.size();
        row(header);
    }

    /** The whole table as RFC 4180 text (CRLF line ends), as a download's body. */
    public static String text(List<String> header, List<? extends List<?>> rows) {
        StringBuilder csv = new StringBuilder();
        CsvWriter writer = new CsvWriter(csv, "\r\n", header);
        rows.forEach(writer::row);
        return csv.toString();
    }

    /** One row; it must have as many cells as the header. */
    public void row(List<?> cells) {
        if (cells.size() != columns) {
            throw new IllegalArgumentException("a row of " + cells.size() + " cells under " + columns + " columns");
        }
        try {
            for (Object cell : cells) {
                printer.print(neutralise ? cell(cell) : cell == null ? null : cell.toString());
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text a cell is written as, before quoting: null stays null (an empty cell). */
    static String cell(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        return startsLikeAFormula(text) && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    private static boolean startsLikeAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
