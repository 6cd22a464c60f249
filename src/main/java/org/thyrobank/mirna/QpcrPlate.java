package org.thyrobank.mirna;

import java.util.List;
import java.util.Objects;

/**
 * A plate file read and checked whole: every panel well as measured, the technical replicates averaged per
 * specimen and assay, the wells of targets outside the panel, kept apart, and the no-template controls.
 *
 * @param file       the file name as given to the reader
 * @param format     which reader took it ({@code long-csv}, {@code quantstudio}, {@code rdml}, ...)
 * @param software   what wrote the file, as the file says ({@code QuantStudio 7 Flex, all sections})
 * @param offPanel   wells of targets that are neither a panel assay nor an alias of one: stored, named in the
 *                   warnings, never normalised nor analysed; their {@code assay} is the file's target name
 * @param ntcWells   the no-template control wells, for the NTC check (the other controls and standards are not kept)
 * @param warnings   things kept but worth showing (unknown columns, off-panel targets), never reasons to reject
 */
public record QpcrPlate(
        String file,
        String format,
        String software,
        List<QpcrMeasurement> measurements,
        List<QpcrMeasurement> offPanel,
        List<ReplicateMean> replicates,
        List<NtcWell> ntcWells,
        List<String> warnings) {

    public QpcrPlate {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(software, "software");
        measurements = List.copyOf(measurements);
        offPanel = List.copyOf(offPanel);
        replicates = List.copyOf(replicates);
        ntcWells = List.copyOf(ntcWells);
        warnings = List.copyOf(warnings);
        if (measurements.isEmpty() && offPanel.isEmpty()) {
            throw new IllegalArgumentException(file + ": a plate holds at least one measurement");
        }
    }
}
