package org.thyrobank.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One tidy table as CSV for R ({@code read.csv}) and pandas ({@code read_csv}): a header row of snake_case names,
 * one observation per row, RFC 4180 quoting, {@code true}/{@code false} for booleans and an empty cell for a
 * missing value (NA in both).
 */
final class TidyCsv {

    private TidyCsv() {}

    static void write(Path file, List<String> header, List<List<?>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(line(header));
            for (List<?> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException(file.getFileName() + ": a row of " + row.size() + " cells under "
                            + header.size() + " columns");
                }
                out.write(line(row));
            }
        }
    }

    private static String line(List<?> cells) {
        return cells.stream().map(TidyCsv::cell).collect(Collectors.joining(",")) + "\n";
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        return text.matches("(?s).*[\",\r\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
