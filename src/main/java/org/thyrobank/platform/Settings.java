package org.thyrobank.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One properties file of settings ({@code reference/*.properties}, {@code batch-jobs/*.properties}), read once. Every
 * value is stripped of surrounding blanks; a blank value counts as missing. Every error is an
 * {@link IllegalStateException} naming the file, the key and what was expected, as
 * {@code reference/dosimetry.properties: bone-threshold-gy = 'abc' is not a decimal number}. Keys are kebab-case
 * ({@link #checkKeys}). Settings overridden from a second file ({@link #overriddenBy}) name, for each key, the file
 * its value came from.
 */
public final class Settings {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String file;
    private final Properties values;
    /** The keys whose values another file than {@link #file} set, and that file. */
    private final Map<String, String> overridingFiles;

    /**
     * @param file   the file as errors name it, as {@code batch-jobs/vcf-import.properties}
     * @param values its keys and values (copied)
     */
    public Settings(String file, Properties values) {
        this(file, values, Map.of());
    }

    private Settings(String file, Properties values, Map<String, String> overridingFiles) {
        this.file = Objects.requireNonNull(file, "file");
        this.values = new Properties();
        this.values.putAll(values);
        this.overridingFiles = Map.copyOf(overridingFiles);
    }

    /** These settings with the keys of {@code overrides} replaced; errors about those keys name {@code overridingFile}. */
    public Settings overriddenBy(String overridingFile, Properties overrides) {
        Properties merged = new Properties();
        merged.putAll(values);
        merged.putAll(overrides);
        Map<String, String> files = new HashMap<>(overridingFiles);
        overrides.stringPropertyNames().forEach(key -> files.put(key, overridingFile));
        return new Settings(file, merged, files);
    }

    /** The table {@code reference/<name>}, from the jar or the folder {@link ReferenceFiles} overrides it with. */
    public static Settings reference(String name) {
        String file = "reference/" + name;
        try (InputStream in = ReferenceFiles.open(name)) {
            return new Settings(file, checkKeys(file, load(file, in, new Properties())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Loads {@code in} into {@code into} (later keys override earlier ones); an I/O error names {@code file}. */
    public static Properties load(String file, InputStream in, Properties into) {
        try {
            into.load(in);
            return into;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a key not in the one key style, kebab-case ({@code soft-tissue-threshold-gy}), naming the file, the key
     * and its name now: the snake_case and dotted keys of earlier versions would otherwise be silently ignored.
     *
     * @return {@code values}
     */
    public static Properties checkKeys(String file, Properties values) {
        for (String key : new TreeSet<>(values.stringPropertyNames())) {
            if (!KEBAB_CASE.matcher(key).matches()) {
                String renamed = key.toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-|-$", "");
                throw new IllegalStateException(
                        file + ": key " + key + " is no longer read: keys are kebab-case, rename it " + renamed);
            }
        }
        return values;
    }

    /** The file as errors name it. */
    public String file() {
        return file;
    }

    /** The file the value of {@code key} came from: an overriding file, or {@link #file()}. */
    public String fileOf(String key) {
        return overridingFiles.getOrDefault(key, file);
    }

    /** The stripped value of {@code key}; it must be present and not blank. */
    public String text(String key) {
        String value = values.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(fileOf(key) + ": " + key + " is missing (expected a value)");
        }
        return value.strip();
    }

    /** A whole number, as {@code 500}. */
    public int integer(String key) {
        String value = text(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw bad(key, value, "a whole number", e);
        }
    }

    /** An exact decimal number, as {@code 2.5}. */
    public BigDecimal decimal(String key) {
        String value = text(key);
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw bad(key, value, "a decimal number", e);
        }
    }

    /** A floating-point number, as {@code 0.05}. */
    public double number(String key) {
        String value = text(key);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw bad(key, value, "a number", e);
        }
    }

    /** {@code true} or {@code false} (any case). */
    public boolean flag(String key) {
        String value = text(key);
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad(key, value, "true or false", null);
        };
    }

    /** An error about this file, for a check the caller makes on values read (ranges, relations). */
    public IllegalStateException invalid(String message) {
        return new IllegalStateException(file + ": " + message);
    }

    /** An error about the value of {@code key}, naming the file it came from. */
    public IllegalStateException invalid(String key, String message) {
        return new IllegalStateException(fileOf(key) + ": " + message);
    }

    private IllegalStateException bad(String key, String value, String expected, Exception cause) {
        return new IllegalStateException(fileOf(key) + ": " + key + " = '" + value + "' is not " + expected, cause);
    }

    @Override
    public String toString() {
        return file;
    }
}
