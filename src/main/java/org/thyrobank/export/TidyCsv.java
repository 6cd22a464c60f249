package org.thyrobank.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.thyrobank.platform.rendering.CsvWriter;

/**
 * One tidy table as CSV for R ({@code read.csv}) and pandas ({@code read_csv}): a header row of snake_case names,
 * one observation per row, {@code true}/{@code false} for booleans and an empty cell for a missing value (NA in
 * both); quoting and formula neutralising are {@link CsvWriter}'s.
 */
final class TidyCsv {

    private TidyCsv() {}

    static void write(Path file, List<String> header, List<List<?>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CsvWriter csv = new CsvWriter(out, "\n", header);
            for (List<?> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException(file.getFileName() + ": a row of " + row.size() + " cells under "
                            + header.size() + " columns");
                }
                csv.row(row);
            }
        }
    }
}
