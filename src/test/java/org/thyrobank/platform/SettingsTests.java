package org.thyrobank.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.platform.importing.BatchJobsProperties;
import org.thyrobank.platform.importing.JobSettings;

class SettingsTests {

    private static final String FILE = "reference/example.properties";
    private static final JobSettings JOBS = new JobSettings(new BatchJobsProperties(null));

    private static Settings settings(String text) {
        Properties values = Settings.load(
                FILE, new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), new Properties());
        return new Settings(FILE, values);
    }

    @Test
    void readsEachKindOfValueStrippedOfBlanks() {
        Settings s = settings("days = 42 \nratio=0.25\nrate=5e-2\nexclude=TRUE\nname= ddCq \n");
        assertThat(s.integer("days")).isEqualTo(42);
        assertThat(s.decimal("ratio")).isEqualByComparingTo(new BigDecimal("0.25"));
        assertThat(s.number("rate")).isEqualTo(0.05);
        assertThat(s.flag("exclude")).isTrue();
        assertThat(s.text("name")).isEqualTo("ddCq");
    }

    @Test
    void aMissingOrBlankKeyIsNamedWithTheFile() {
        Settings s = settings("blank=  \n");
        assertThatThrownBy(() -> s.integer("days"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("reference/example.properties: days is missing (expected a value)");
        assertThatThrownBy(() -> s.text("blank"))
                .hasMessage("reference/example.properties: blank is missing (expected a value)");
    }

    @Test
    void aValueOfTheWrongKindIsNamedWithTheFileTheKeyAndWhatWasExpected() {
        Settings s = settings("days=4.5\nratio=abc\nrate=five\nexclude=yes\n");
        assertThatThrownBy(() -> s.integer("days"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("reference/example.properties: days = '4.5' is not a whole number");
        assertThatThrownBy(() -> s.decimal("ratio"))
                .hasMessage("reference/example.properties: ratio = 'abc' is not a decimal number");
        assertThatThrownBy(() -> s.number("rate"))
                .hasMessage("reference/example.properties: rate = 'five' is not a number");
        assertThatThrownBy(() -> s.flag("exclude"))
                .hasMessage("reference/example.properties: exclude = 'yes' is not true or false");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> Settings.reference("no-such-table.properties"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reference/no-such-table.properties");
        assertThatThrownBy(() -> JOBS.load("no-such-job"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("batch-jobs/no-such-job.properties");
    }

    @Test
    void theFilesInTheJarAreRead() {
        assertThat(Settings.reference("dosimetry.properties")
                        .decimal("blood-limit-gy")
                        .signum())
                .isPositive();
        Settings job = JOBS.load("vcf-import");
        assertThat(job.file()).isEqualTo("batch-jobs/vcf-import.properties");
        assertThat(job.integer("chunk-size")).isPositive();
        assertThatThrownBy(() -> job.integer("no-such-key"))
                .hasMessage("batch-jobs/vcf-import.properties: no-such-key is missing (expected a value)");
    }

    @Test
    void anOverrideFolderReplacesKeysOneByOne(@TempDir Path dir) throws Exception {
        int skipLimit = JOBS.load("vcf-import").integer("skip-limit");
        Files.writeString(dir.resolve("vcf-import.properties"), "chunk-size=7\nretry-limit=many\n");
        Settings job = new JobSettings(new BatchJobsProperties(dir)).load("vcf-import");
        assertThat(job.integer("chunk-size")).isEqualTo(7);
        assertThat(job.integer("skip-limit")).isEqualTo(skipLimit);
        // the value came from the override folder's file, which the error names (the jar's file has a good one)
        assertThatThrownBy(() -> job.integer("retry-limit"))
                .hasMessage(dir.resolve("vcf-import.properties") + ": retry-limit = 'many' is not a whole number");
    }

    @Test
    void keysAreKebabCase() {
        Properties values = new Properties();
        values.setProperty("soft-tissue-threshold-gy", "80");
        values.setProperty("min-vaf", "0.05");
        assertThat(Settings.checkKeys(FILE, values)).isSameAs(values);
    }

    @Test
    void anOldKeyIsRefusedNamingTheFileTheKeyAndItsNewName() {
        Properties snake = new Properties();
        snake.setProperty("soft_tissue_threshold_gy", "80");
        assertThatThrownBy(() -> Settings.checkKeys(FILE, snake))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("reference/example.properties: key soft_tissue_threshold_gy is no longer read: keys are"
                        + " kebab-case, rename it soft-tissue-threshold-gy");
        Properties dotted = new Properties();
        dotted.setProperty("detection.cutoff.cq", "35");
        assertThatThrownBy(() -> Settings.checkKeys("reference/qpcr.properties", dotted))
                .hasMessage("reference/qpcr.properties: key detection.cutoff.cq is no longer read: keys are kebab-case,"
                        + " rename it detection-cutoff-cq");
    }

    @Test
    void anOverridingJobFileWithAnOldKeyIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("vcf-import.properties"), "chunk-size=7\nskip_limit=2\n");
        JobSettings jobs = new JobSettings(new BatchJobsProperties(dir));
        assertThatThrownBy(() -> jobs.load("vcf-import"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(file + ": key skip_limit is no longer read: keys are kebab-case, rename it skip-limit");
    }

    @Test
    void everySettingsFileOfTheBuildUsesTheOneKeyStyle() throws Exception {
        for (String folder : List.of("reference", "batch-jobs")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                    Properties values = new Properties();
                    try (var in = Files.newInputStream(file)) {
                        values.load(in);
                    }
                    assertThat(values).as(file.toString()).isNotEmpty();
                    Settings.checkKeys(file.toString(), values);
                }
            }
        }
    }
}
