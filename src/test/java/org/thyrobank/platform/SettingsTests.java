package org.thyrobank.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.platform.importing.JobSettings;

class SettingsTests {

    private static final String FILE = "reference/example.properties";

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
        assertThatThrownBy(() -> JobSettings.load("no-such-job"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("batch-jobs/no-such-job.properties");
    }

    @Test
    void theFilesInTheJarAreRead() {
        assertThat(Settings.reference("dosimetry.properties")
                        .decimal("blood_limit_gy")
                        .signum())
                .isPositive();
        Settings job = JobSettings.load("vcf-import");
        assertThat(job.file()).isEqualTo("batch-jobs/vcf-import.properties");
        assertThat(job.integer("chunk-size")).isPositive();
        assertThatThrownBy(() -> job.integer("no-such-key"))
                .hasMessage("batch-jobs/vcf-import.properties: no-such-key is missing (expected a value)");
    }

    @Test
    void anOverrideFolderReplacesKeysOneByOne(@TempDir Path dir) throws Exception {
        int insertBatchSize = JobSettings.load("vcf-import").integer("insert-batch-size");
        Files.writeString(dir.resolve("vcf-import.properties"), "chunk-size=7\nretry-limit=many\n");
        String before = System.getProperty(JobSettings.OVERRIDE_DIR_PROPERTY);
        System.setProperty(JobSettings.OVERRIDE_DIR_PROPERTY, dir.toString());
        try {
            Settings job = JobSettings.load("vcf-import");
            assertThat(job.integer("chunk-size")).isEqualTo(7);
            assertThat(job.integer("insert-batch-size")).isEqualTo(insertBatchSize);
            assertThatThrownBy(() -> job.integer("retry-limit"))
                    .hasMessage("batch-jobs/vcf-import.properties: retry-limit = 'many' is not a whole number");
        } finally {
            if (before == null) {
                System.clearProperty(JobSettings.OVERRIDE_DIR_PROPERTY);
            } else {
                System.setProperty(JobSettings.OVERRIDE_DIR_PROPERTY, before);
            }
        }
    }
}
