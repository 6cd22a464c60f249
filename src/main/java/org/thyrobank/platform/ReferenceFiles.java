package org.thyrobank.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the domain tables kept in {@code reference/} (thresholds, catalogues). They travel inside the jar
 * under {@code reference/}; setting the system property {@code thyrobank.reference-dir} reads them from a
 * folder instead, so that a curator can try a corrected table without rebuilding.
 */
public final class ReferenceFiles {

    public static final String OVERRIDE_PROPERTY = "thyrobank.reference-dir";

    private ReferenceFiles() {}

    public static InputStream open(String name) {
        String overrideDir = System.getProperty(OVERRIDE_PROPERTY);
        try {
            if (overrideDir != null && Files.isRegularFile(Path.of(overrideDir, name))) {
                return Files.newInputStream(Path.of(overrideDir, name));
            }
            InputStream in = ReferenceFiles.class.getClassLoader().getResourceAsStream("reference/" + name);
            if (in == null) {
                throw new IllegalStateException("reference table reference/" + name + " is missing from the build");
            }
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference table " + name, e);
        }
    }
}
