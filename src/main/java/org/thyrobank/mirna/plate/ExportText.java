package org.thyrobank.mirna.plate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The text of an instrument export as lines and cells. Instruments end lines with CR LF, LF or (7900HT SDS 2.3,
 * LightCycler 480) a lone CR, and separate cells with tabs or commas (then quoting cells that hold a comma).
 */
final class ExportText {

    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?[0-9]+,[0-9]+");
    private static final CSVFormat ONE_CSV_LINE =
            CSVFormat.DEFAULT.builder().setTrim(true).get();

    private ExportText() {}

    /** The lines of the file (UTF-8, without a byte-order mark); line {@code i} of the array is line {@code i + 1}. */
    static String[] lines(byte[] content) {
        return TextHead.of(content).split("\r\n|\r|\n", -1);
    }

    /** The stripped cells of a line, split at {@code delimiter} (a tab, or a comma with CSV quoting). */
    static List<String> cells(String line, char delimiter) {
        if (delimiter == '\t') {
            return Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
        }
        try (CSVParser parser = ONE_CSV_LINE.parse(new StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException | UncheckedIOException e) {
            // an unbalanced quote: take the line as plain comma-separated text, so the cells are still named
            return Arrays.stream(line.split(",", -1)).map(String::strip).toList();
        }
    }

    /** A tab when the line holds one, else a comma. */
    static char delimiterOf(String line) {
        return line.indexOf('\t') >= 0 ? '\t' : ',';
    }

    /** The header's names, lower-cased, for finding columns whatever the export's capitals. */
    static List<String> names(List<String> header) {
        List<String> names = new ArrayList<>();
        header.forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        return names;
    }

    /** The first of {@code candidates} (lower case) the header has, or -1. */
    static int column(List<String> names, String... candidates) {
        for (String candidate : candidates) {
            int index = names.indexOf(candidate);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    /** The cell, or null when the column is absent or the cell empty. */
    static String cell(List<String> cells, int column) {
        if (column < 0 || column >= cells.size() || cells.get(column).isBlank()) {
            return null;
        }
        return cells.get(column);
    }

    /**
     * A Cq as the validator reads it: a decimal comma (StepOne and 7500 Software v2 in a French or German locale
     * write {@code 19,7085}) becomes a point. A Cq never reaches a thousand, so the comma is never a thousands mark.
     */
    static String cq(String text) {
        return text != null && DECIMAL_COMMA.matcher(text).matches() ? text.replace(',', '.') : text;
    }

    /** The first {@code length} characters of a line, for messages. */
    static String shown(String line, int length) {
        String stripped = line.strip();
        return stripped.length() <= length ? stripped : stripped.substring(0, length) + "...";
    }
}
