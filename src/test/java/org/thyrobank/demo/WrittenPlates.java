package org.thyrobank.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.QpcrPlate;
import org.thyrobank.mirna.RegisteredSpecimen;
import org.thyrobank.mirna.Timepoint;
import org.thyrobank.mirna.plate.PlateReader;

/** The qPCR plates of a written bundle, read by the importer's own reader against the bundle's specimens.csv. */
final class WrittenPlates {

    private WrittenPlates() {}

    static Map<Path, QpcrPlate> read(Path study) throws IOException {
        Map<String, RegisteredSpecimen> specimens = new HashMap<>();
        try (Reader in = Files.newBufferedReader(study.resolve("clinical/specimens.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                String timepoint = row.get("timepoint");
                specimens.put(
                        row.get("specimen_id"),
                        new RegisteredSpecimen(
                                row.get("specimen_id"),
                                row.get("patient_id"),
                                Specimen.Kind.valueOf(row.get("kind")),
                                timepoint.isEmpty() ? null : Timepoint.valueOf(timepoint)));
            }
        }
        PlateReader reader = new PlateReader(id -> Optional.ofNullable(specimens.get(id)), AssayPanel.fromReference());
        Map<Path, QpcrPlate> plates = new java.util.LinkedHashMap<>();
        for (Path file : files(study.resolve("qpcr"))) {
            plates.put(file, reader.read(file));
        }
        return plates;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
