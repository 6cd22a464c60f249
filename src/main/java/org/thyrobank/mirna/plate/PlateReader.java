package org.thyrobank.mirna.plate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.QpcrMeasurement;
import org.thyrobank.mirna.QpcrPlate;
import org.thyrobank.mirna.SpecimenRegistry;
import org.thyrobank.platform.BundleFileException;

/**
 * Reads a qPCR plate file in any supported format, chosen by its content (the service's long CSV, a
 * QuantStudio/7500 results export, RDML), checks it whole and averages its technical replicates.
 * A file with any problem is rejected with all of them ({@link BundleFileException}).
 */
public final class PlateReader {

    static final int MAX_FILE_BYTES = 64 * 1024 * 1024;
    private static final int HEAD_BYTES = 4096;

    private final List<PlateFormat> formats = List.of(new RdmlFormat(), new LongCsvFormat(), new QuantStudioFormat());
    private final PlateValidator validator;

    public PlateReader(SpecimenRegistry registry, AssayPanel panel) {
        this.validator = new PlateValidator(registry, panel);
    }

    public QpcrPlate read(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw BundleFileException.of(file.toString(), "larger than " + MAX_FILE_BYTES + " bytes");
            }
            return read(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** @param file the name shown in messages (as the user knows it, e.g. {@code qpcr/PL01.csv}) */
    public QpcrPlate read(String file, byte[] content) {
        if (content.length > MAX_FILE_BYTES) {
            throw BundleFileException.of(file, "larger than " + MAX_FILE_BYTES + " bytes");
        }
        byte[] head = Arrays.copyOf(content, Math.min(content.length, HEAD_BYTES));
        PlateFormat format = formats.stream()
                .filter(f -> f.canRead(head))
                .findFirst()
                .orElseThrow(() -> BundleFileException.of(
                        file,
                        "not a known qPCR plate format: expected a CSV with "
                                + "specimen_id, assay, cq; a QuantStudio/7500 results export; or an RDML file"));
        PlateFormat.Rows rows = format.read(file, content);
        List<QpcrMeasurement> measurements = validator.validate(file, rows);
        return new QpcrPlate(
                file, format.name(), measurements, TechnicalReplicates.average(measurements), rows.warnings());
    }
}
