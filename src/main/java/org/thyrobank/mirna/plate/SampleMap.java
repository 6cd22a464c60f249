package org.thyrobank.mirna.plate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.thyrobank.platform.BundleFileException;

/**
 * {@code qpcr/sample-map.csv}: the lab's own sample labels of each plate file, mapped to specimen ids. Columns
 * {@code file} (the plate file's name in qpcr/), {@code sample} (the label as the file writes it), {@code specimen_id}
 * and optionally {@code target}, for exports that name no target (LightCycler 480 Abs Quant). A specimen id
 * {@value #CONTROL} marks a label as a control (an NTC the export does not mark as one): its wells are not stored. A
 * plate file with lines here must have every sample mapped; a plate file without takes its sample names as
 * specimen ids.
 */
public final class SampleMap {

    public static final String FILE_NAME = "sample-map.csv";
    public static final String CONTROL = "-";
    private static final List<String> REQUIRED = List.of("file", "sample", "specimen_id");
    private static final List<String> KNOWN = List.of("file", "sample", "specimen_id", "target");

    /** Where a label leads: the specimen, and the target when the export names none. */
    record Entry(String specimenId, String target, long line) {

        boolean control() {
            return CONTROL.equals(specimenId);
        }
    }

    private final String name;
    private final Map<String, Map<String, Entry>> byFile;

    private SampleMap(String name, Map<String, Map<String, Entry>> byFile) {
        this.name = name;
        this.byFile = byFile;
    }

    public static SampleMap none() {
        return new SampleMap(FILE_NAME, Map.of());
    }

    /**
     * @param name the map's name in messages ({@code qpcr/sample-map.csv})
     * @throws BundleFileException naming the line and column of anything it cannot take
     */
    public static SampleMap parse(String name, byte[] content) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        Map<String, Map<String, Entry>> byFile = new HashMap<>();
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = format.parse(
                new StringReader(new String(content, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "")))) {
            List<String> header = parser.getHeaderNames();
            REQUIRED.stream()
                    .filter(c -> !header.contains(c))
                    .forEach(c -> problems.add("line 1: required column '" + c + "' is missing"));
            header.stream()
                    .filter(c -> !KNOWN.contains(c))
                    .forEach(c -> problems.add(
                            "line 1: unknown column '" + c + "' (expected " + String.join(", ", KNOWN) + ")"));
            if (!problems.isEmpty()) {
                throw new BundleFileException(name, problems);
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                String file = value(record, "file");
                String sample = value(record, "sample");
                String specimen = value(record, "specimen_id");
                for (String column : REQUIRED) {
                    if (value(record, column) == null) {
                        problems.add(BundleFileException.describeBadValue(line, column, "", "a value"));
                    }
                }
                if (file == null || sample == null || specimen == null) {
                    continue;
                }
                Entry earlier = byFile.computeIfAbsent(file, f -> new HashMap<>())
                        .putIfAbsent(sample, new Entry(specimen, value(record, "target"), line));
                if (earlier != null) {
                    problems.add("line " + line + ": sample '" + sample + "' of " + file + " is mapped twice (first"
                            + " on line " + earlier.line() + ")");
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw BundleFileException.of(name, "not readable as CSV: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new BundleFileException(name, problems);
        }
        return new SampleMap(name, byFile);
    }

    String name() {
        return name;
    }

    /** Whether the map has lines for the plate file of that name (then every sample of it must be mapped). */
    boolean maps(String plateFileName) {
        return byFile.containsKey(plateFileName);
    }

    Optional<Entry> entry(String plateFileName, String sample) {
        return Optional.ofNullable(byFile.getOrDefault(plateFileName, Map.of()).get(sample));
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column)
                || !record.isSet(column)
                || record.get(column).isBlank()) {
            return null;
        }
        return record.get(column);
    }
}
