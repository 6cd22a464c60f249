package org.thyrobank.clinical.bundle;

import static org.thyrobank.platform.BundleFileException.describeBadValue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.thyrobank.platform.BundleFileException;
import org.thyrobank.platform.BundleTextReader;
import org.thyrobank.platform.InputLimits;

/**
 * Reads one clinical CSV by its {@link FileSpec}: the header first (identifying, duplicate, missing and unknown
 * columns), then every line through the codec, then duplicate keys. Problems are collected, not thrown. The text
 * comes through a {@link BundleTextReader} (strict UTF-8, the input limits) and records are taken one at a time,
 * so memory holds one line of text whatever the file.
 */
final class CsvFileReader {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvFileReader() {}

    static <T> ParsedFile<T> read(Path path, FileSpec<T> spec, List<String> warnings) {
        Problems problems = new Problems();
        List<ParsedFile.Line<T>> lines = new ArrayList<>();
        try (Reader reader = BundleTextReader.open(path, spec.file(), InputLimits.configured());
                CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                problems.add("line 1: the file is empty, expected a header naming " + spec.required());
                return new ParsedFile<>(spec.file(), true, lines, problems);
            }
            List<String> header = header(records.next(), spec, problems, warnings);
            if (problems.isEmpty()) {
                Map<String, Long> keys = new HashMap<>();
                while (records.hasNext()) {
                    readLine(records.next(), header, spec, problems, keys).ifPresent(lines::add);
                }
            }
        } catch (BundleFileException e) {
            e.problems().forEach(problems::add);
        } catch (IOException | UncheckedIOException e) {
            problems.add("cannot be read as UTF-8 CSV: " + e.getMessage());
        }
        return new ParsedFile<>(spec.file(), true, lines, problems);
    }

    private static List<String> header(CSVRecord record, FileSpec<?> spec, Problems problems, List<String> warnings) {
        List<String> header = new ArrayList<>();
        for (String raw : record) {
            String column = raw.strip();
            if (IdentifyingColumns.looksIdentifying(column)) {
                problems.add(describeBadValue(
                        1,
                        column,
                        column,
                        "no column that identifies a person (names, "
                                + "birth dates, fiscal codes, hospital numbers, contacts): the service stores "
                                + "pseudonymous codes only"));
            } else if (header.contains(column)) {
                problems.add(describeBadValue(1, column, column, "each column named once"));
            } else if (!spec.known(column)) {
                warnings.add(spec.file() + ": line 1, column '" + column + "': unknown column, kept as a warning"
                        + " and not imported (known columns: " + spec.required() + " " + spec.optional() + ")");
            }
            header.add(column);
        }
        for (String required : spec.required()) {
            if (!header.contains(required)) {
                problems.add(describeBadValue(1, required, "", "a required column named '" + required + "'"));
            }
        }
        return header;
    }

    private static <T> Optional<ParsedFile.Line<T>> readLine(
            CSVRecord record, List<String> header, FileSpec<T> spec, Problems problems, Map<String, Long> keys) {
        long line = record.getRecordNumber();
        if (record.stream().allMatch(String::isBlank)) {
            return Optional.empty();
        }
        if (record.size() != header.size()) {
            problems.add("line " + line + ": found " + record.size() + " cells, expected " + header.size()
                    + " (one per header column)");
            return Optional.empty();
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), record.get(i));
        }
        Row row = new Row(line, cells, problems);
        T value;
        try {
            value = spec.codec().apply(row);
        } catch (IllegalArgumentException e) {
            problems.add("line " + line + ": " + e.getMessage());
            return Optional.empty();
        }
        if (value == null || !row.ok()) {
            return Optional.empty();
        }
        if (spec.key() != null) {
            String key = spec.key().apply(value);
            Long first = keys.putIfAbsent(key, line);
            if (first != null) {
                problems.add("line " + line + ": duplicate key " + key + ", already on line " + first);
                return Optional.empty();
            }
        }
        return Optional.of(new ParsedFile.Line<>(line, value));
    }
}
