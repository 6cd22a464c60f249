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
                // the job's settings file as one (Settings names it so even for a key an override folder set)
                .hasMessage("batch-jobs/vcf-import.properties: partitions-per-vcf must be from 1 to 64, not " + shares);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 64})
    void partitionsPerVcfInRangeIsTaken(int shares) throws Exception {
        Files.writeString(dir.resolve("vcf-import.properties"), "partitions-per-vcf=" + shares + "\n");
        var settings = new JobSettings(new BatchJobsProperties(dir)).load(VcfImportJob.SETTINGS);
        assertThat(VcfImportJob.partitionsPerVcf(settings)).isEqualTo(shares);
    }
}
