package org.thyrobank.clinical;

import java.util.List;
import java.util.stream.Collectors;
import org.thyrobank.platform.BundleFileException;

/**
 * A clinical folder that cannot be imported: every rejected file with all of its problems (up to a limit per
 * file), and the warnings found on the way. Nothing of the folder is to be kept.
 */
public class ClinicalValidationException extends RuntimeException {

    private final List<BundleFileException> rejectedFiles;
    private final List<String> warnings;

    public ClinicalValidationException(List<BundleFileException> rejectedFiles, List<String> warnings) {
        super(describe(rejectedFiles));
        if (rejectedFiles.isEmpty()) {
            throw new IllegalArgumentException("a rejected clinical folder needs at least one rejected file");
        }
        this.rejectedFiles = List.copyOf(rejectedFiles);
        this.warnings = List.copyOf(warnings);
    }

    private static String describe(List<BundleFileException> rejectedFiles) {
        return rejectedFiles.stream()
                .map(r -> r.file() + " rejected:\n  " + String.join("\n  ", r.problems()))
                .collect(Collectors.joining("\n"));
    }

    public List<BundleFileException> rejectedFiles() {
        return rejectedFiles;
    }

    /** The problems of one file, relative name as in {@code clinical/lesions.csv}; empty when it was accepted. */
    public List<String> problems(String file) {
        return rejectedFiles.stream()
                .filter(r -> r.file().equals(file))
                .findFirst()
                .map(BundleFileException::problems)
                .orElse(List.of());
    }

    public List<String> warnings() {
        return warnings;
    }
}
