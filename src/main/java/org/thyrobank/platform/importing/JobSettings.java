package org.thyrobank.platform.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.springframework.stereotype.Component;
import org.thyrobank.platform.Settings;

/**
 * The batch jobs' tuning (chunk size, skip and retry limits, defaults), from {@code batch-jobs/<job>.properties}.
 * The file inside the jar gives the defaults; a file of the same name in the folder {@link BatchJobsProperties#dir()}
 * (the import command's {@code --job-settings}) overrides them key by key.
 */
@Component
public class JobSettings {

    private final Path overrideDir;

    public JobSettings(BatchJobsProperties properties) {
        this.overrideDir = properties.dir();
    }

    /** The settings of {@code job}; errors name the key and the file its value came from (the jar's or the override). */
    public Settings load(String job) {
        String name = job + ".properties";
        String file = "batch-jobs/" + name;
        try (InputStream in = JobSettings.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the build");
            }
            Settings defaults = new Settings(file, Settings.checkKeys(file, Settings.load(file, in, new Properties())));
            if (overrideDir == null || !Files.isRegularFile(overrideDir.resolve(name))) {
                return defaults;
            }
            Path override = overrideDir.resolve(name);
            try (InputStream overriding = Files.newInputStream(override)) {
                Properties overrides = Settings.load(override.toString(), overriding, new Properties());
                return defaults.overriddenBy(override.toString(), Settings.checkKeys(override.toString(), overrides));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
