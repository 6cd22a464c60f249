package org.thyrobank.platform.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A batch job's tuning (chunk size, skip and retry limits, defaults), from {@code batch-jobs/<job>.properties}.
 * The file inside the jar gives the defaults; a file of the same name in the folder named by the system
 * property {@code thyrobank.batch-jobs-dir} (the import command's {@code --job-settings}) overrides them key by key.
 */
public final class JobSettings {

    public static final String OVERRIDE_DIR_PROPERTY = "thyrobank.batch-jobs-dir";

    private final String job;
    private final Properties values;

    private JobSettings(String job, Properties values) {
        this.job = job;
        this.values = values;
    }

    public static JobSettings load(String job) {
        Properties values = new Properties();
        String name = job + ".properties";
        try (InputStream in = JobSettings.class.getClassLoader().getResourceAsStream("batch-jobs/" + name)) {
            if (in == null) {
                throw new IllegalStateException("batch-jobs/" + name + " is missing from the build");
            }
            values.load(in);
            String overrideDir = System.getProperty(OVERRIDE_DIR_PROPERTY);
            if (overrideDir != null && Files.isRegularFile(Path.of(overrideDir, name))) {
                try (InputStream override = Files.newInputStream(Path.of(overrideDir, name))) {
                    values.load(override);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read job settings " + name, e);
        }
        return new JobSettings(job, values);
    }

    public int intValue(String key) {
        String value = values.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("batch-jobs/" + job + ".properties has no " + key);
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("batch-jobs/" + job + ".properties: " + key + " must be a whole number, not " + value);
        }
    }

    public String value(String key) {
        String value = values.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("batch-jobs/" + job + ".properties has no " + key);
        }
        return value.trim();
    }
}
