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

    /** The settings of {@code job}; errors name {@code batch-jobs/<job>.properties} (or the overriding file) and the key. */
    public Settings load(String job) {
        String name = job + ".properties";
        String file = "batch-jobs/" + name;
        Properties values = new Properties();
        try (InputStream in = JobSettings.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the build");
            }
            Settings.load(file, in, values);
            Settings.checkKeys(file, values);
            if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(name))) {
                Path override = overrideDir.resolve(name);
                try (InputStream overriding = Files.newInputStream(override)) {
                    Properties overrides = Settings.load(override.toString(), overriding, new Properties());
                    values.putAll(Settings.checkKeys(override.toString(), overrides));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Settings(file, values);
    }
}
