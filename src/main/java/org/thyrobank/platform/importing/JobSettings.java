package org.thyrobank.platform.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.thyrobank.platform.Settings;

/**
 * A batch job's tuning (chunk size, skip and retry limits, defaults), from {@code batch-jobs/<job>.properties}.
 * The file inside the jar gives the defaults; a file of the same name in the folder named by the system
 * property {@code thyrobank.batch-jobs-dir} (the import command's {@code --job-settings}) overrides them key by key.
 */
public final class JobSettings {

    public static final String OVERRIDE_DIR_PROPERTY = "thyrobank.batch-jobs-dir";

    private JobSettings() {}

    /** The settings of {@code job}; errors name {@code batch-jobs/<job>.properties} and the key. */
    public static Settings load(String job) {
        String name = job + ".properties";
        String file = "batch-jobs/" + name;
        Properties values = new Properties();
        try (InputStream in = JobSettings.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the build");
            }
            Settings.load(file, in, values);
            String overrideDir = System.getProperty(OVERRIDE_DIR_PROPERTY);
            if (overrideDir != null && Files.isRegularFile(Path.of(overrideDir, name))) {
                Path override = Path.of(overrideDir, name);
                try (InputStream overriding = Files.newInputStream(override)) {
                    Settings.load(override.toString(), overriding, values);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Settings(file, values);
    }
}
