package org.thyrobank.mirna.plate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The service's own plate file: {@code qpcr/<plate_id>.csv} with specimen_id, assay, cq and optional well, run_id. */
final class LongCsvFormat implements PlateFormat {

    static final List<String> REQUIRED = List.of("specimen_id", "assay", "cq");
    private static final Set<String> OPTIONAL = Set.of("well", "run_id");
    private static final Set<String> IDENTIFYING = Set.of("name", "surname", "date_of_birth", "fiscal_code", "mrn");

    @Override
    public String name() {
        return "long-csv";
    }

    @Override
    public String expects() {
        return "the service's long CSV (a first line naming specimen_id, assay, cq)";
    }

    /** A comma-separated header naming specimen_id; a missing required column is then reported as such. */
    @Override
    public boolean canRead(byte[] content) {
        List<String> columns = Arrays.stream(TextHead.firstLine(content).split(","))
                .map(c -> c.strip().toLowerCase(Locale.ROOT))
                .toList();
        return columns.contains("specimen_id");
    }

    @Override
    public Rows read(String file, byte[] content) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        String text = TextHead.of(content);
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames();
            List<String> warnings = checkHeader(file, header);
            List<PlateRow> rows = new ArrayList<>();
            LineCounter lines = new LineCounter(text);
            for (CSVRecord record : parser) {
                long line = lines.lineAt(record.getCharacterPosition());
                rows.add(PlateRow.onLine(
                        line,
                        cell(record, "specimen_id"),
                        cell(record, "assay"),
                        cell(record, "cq"),
                        cell(record, "well"),
                        cell(record, "run_id")));
            }
            return new Rows("thyrobank long CSV", rows, new ColumnNames("specimen_id", "assay", "cq"), warnings);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw PlateFormatException.of(file, "not readable as CSV: " + e.getMessage());
        }
    }

    private static List<String> checkHeader(String file, List<String> header) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String column : header) {
            if (IDENTIFYING.contains(column.toLowerCase(Locale.ROOT))) {
                problems.add("line 1, column '" + column + "': looks like a personal identifier; "
                        + "the service takes pseudonymous codes only");
            } else if (!REQUIRED.contains(column) && !OPTIONAL.contains(column)) {
                warnings.add("line 1: unknown column '" + column + "' ignored");
            }
        }
        REQUIRED.stream()
                .filter(c -> !header.contains(c))
                .forEach(c -> problems.add("line 1: required column '" + c + "' is missing"));
        if (!problems.isEmpty()) {
            throw new PlateFormatException(file, problems);
        }
        return warnings;
    }

    private static String cell(CSVRecord record, String column) {
        if (!record.isMapped(column)
                || !record.isSet(column)
                || record.get(column).isBlank()) {
            return null;
        }
        return record.get(column);
    }

    /** Line numbers (from 1) of character positions met in increasing order. */
    private static final class LineCounter {

        private final String text;
        private int position;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        long lineAt(long characterPosition) {
            for (; position < characterPosition; position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
