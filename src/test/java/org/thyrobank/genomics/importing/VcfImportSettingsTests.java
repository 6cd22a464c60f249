package org.thyrobank.genomics.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thyrobank.platform.importing.BatchJobsProperties;
import org.thyrobank.platform.importing.JobSettings;

/** {@code partitions-per-vcf} outside 1 to 64 is refused, naming the setting and the value. */
class VcfImportSettingsTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65})
    void partitionsPerVcfOutOfRangeIsRefusedNamingTheFile(int shares) throws Exception {
        Files.writeString(dir.resolve("vcf-import.properties"), "partitions-per-vcf=" + shares + "\n");
        var settings = new JobSettings(new BatchJobsProperties(dir)).load(VcfImportJob.SETTINGS);
        assertThatThrownBy(() -> VcfImportJob.partitionsPerVcf(settings))
                .isInstanceOf(IllegalStateException.class)
                // the file the value came from: the override folder's, not the jar's defaults
                .hasMessage(dir.resolve("vcf-import.properties") + ": partitions-per-vcf must be from 1 to 64, not "
                        + shares);
    }

    @org.junit.jupiter.api.Test
    void aBadValueNamesTheFileItCameFromAndTheOthersKeepTheJarsName() throws Exception {
        Files.writeString(dir.resolve("vcf-import.properties"), "chunk-size=many\n");
        var settings = new JobSettings(new BatchJobsProperties(dir)).load(VcfImportJob.SETTINGS);
        assertThatThrownBy(() -> settings.integer("chunk-size"))
                .hasMessage(dir.resolve("vcf-import.properties") + ": chunk-size = 'many' is not a whole number");
        assertThat(settings.fileOf("partitions-per-vcf")).isEqualTo("batch-jobs/vcf-import.properties");
        assertThat(VcfImportJob.partitionsPerVcf(settings)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 64})
    void partitionsPerVcfInRangeIsTaken(int shares) throws Exception {
        Files.writeString(dir.resolve("vcf-import.properties"), "partitions-per-vcf=" + shares + "\n");
        var settings = new JobSettings(new BatchJobsProperties(dir)).load(VcfImportJob.SETTINGS);
        assertThat(VcfImportJob.partitionsPerVcf(settings)).isEqualTo(shares);
    }
}
