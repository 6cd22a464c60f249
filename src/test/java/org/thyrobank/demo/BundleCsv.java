package org.thyrobank.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The rows of a CSV the synthetic cohort wrote, read by its header, for the demo's tests. */
final class BundleCsv {

    private BundleCsv() {}

    static List<CSVRecord> rows(Path csv) {
        try (Reader in = Files.newBufferedReader(csv)) {
            return new ArrayList<>(CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
