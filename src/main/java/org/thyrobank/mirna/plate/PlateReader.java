package org.thyrobank.mirna.plate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.QpcrPlate;
import org.thyrobank.mirna.SpecimenRegistry;
import org.thyrobank.platform.BundleFileException;
import org.thyrobank.platform.InputLimits;

/**
 * Reads a qPCR plate file in any supported format, the reader chosen by its content ({@link PlateFormats}), maps
 * its sample labels ({@link SampleMap}) and target names (the panel's aliases), checks it whole and averages its
 * technical replicates. A file with any problem is rejected with all of them in one {@link PlateFormatException}
 * (a {@link BundleFileException}); a problem of the sample map is the map's {@link BundleFileException}.
 */
public final class PlateReader {

    private final PlateValidator validator;

    public PlateReader(SpecimenRegistry registry, AssayPanel panel) {
        this.validator = new PlateValidator(registry, panel);
    }

    public QpcrPlate read(Path file) {
        return read(file.toString(), bytes(file.toString(), file));
    }

    /**
     * The bytes of a plate (or sample map) file, refused before reading when it is larger than {@code
     * max-table-file-mib} of {@code reference/input-limits.properties}, so that no file fills the memory.
     *
     * @param file the name shown in messages
     */
    public static byte[] bytes(String file, Path path) {
        InputLimits limits = InputLimits.configured();
        try {
            if (Files.size(path) > limits.maxTableFileBytes()) {
                throw PlateFormatException.of(file, "the file is " + limits.tableFileLimit());
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** @param file the name shown in messages (as the user knows it, e.g. {@code qpcr/PL01.csv}) */
    public QpcrPlate read(String file, byte[] content) {
        return read(file, content, SampleMap.none());
    }

    /** @param samples the lab labels of the bundle's plates ({@code qpcr/sample-map.csv}) */
    public QpcrPlate read(String file, byte[] content, SampleMap samples) {
        PlateFormats.Read read = PlateFormats.read(file, content);
        PlateValidator.Checked checked = validator.validate(file, read.rows(), samples);
        return new QpcrPlate(
                file,
                read.format(),
                read.software(),
                checked.panel(),
                checked.offPanel(),
                TechnicalReplicates.average(checked.panel()),
                checked.ntcWells(),
                checked.warnings());
    }
}
