package org.thyrobank.mirna;

import java.util.List;
import java.util.Objects;

/**
 * A plate file read and checked whole: every well as measured, and the technical replicates averaged per
 * specimen and assay.
 *
 * @param file       the file name as given to the reader
 * @param format     which reader took it ({@code long-csv}, {@code quantstudio}, {@code rdml})
 * @param warnings   things kept but worth showing (unknown columns), never reasons to reject
 */
public record QpcrPlate(
        String file,
        String format,
        List<QpcrMeasurement> measurements,
        List<ReplicateMean> replicates,
        List<String> warnings) {

    public QpcrPlate {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        measurements = List.copyOf(measurements);
        replicates = List.copyOf(replicates);
        warnings = List.copyOf(warnings);
        if (measurements.isEmpty()) {
            throw new IllegalArgumentException(file + ": a plate holds at least one measurement");
        }
    }
}
