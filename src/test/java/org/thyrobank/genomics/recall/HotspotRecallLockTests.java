package org.thyrobank.genomics.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.ImportLocks;
import org.thyrobank.platform.importing.StudyImport;

/**
 * A re-call holds the import lock of every stored VCF: while an import holds one, the re-call waits and stores nothing;
 * when that import ends, the re-call goes on.
 */
class HotspotRecallLockTests {

    @TempDir
    Path study;

    @Test
    void aRecallWaitsForAnImportOfOneOfItsVcfs() throws Exception {
        copy("/org/thyrobank/clinical/study-example/clinical", study.resolve("clinical"));
        copy("/org/thyrobank/genomics/vcf/examples", study.resolve("sequencing"));
        try (TestApplication app = TestApplication.start(TestDatabases.embeddedServer())) {
            app.bean(StudyImport.class).importStudy(study);
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            String vcf = jdbc.queryForObject("SELECT MIN(source_file) FROM hotspot_call", String.class);
            String audited = "SELECT COUNT(*) FROM audit_event WHERE action = 'HOTSPOTS_RECALLED'";

            CompletableFuture<RecallResult> recall;
            try (ImportLocks.Held importing = app.bean(ImportLocks.class).lock(vcf, () -> {})) {
                recall = CompletableFuture.supplyAsync(
                        () -> app.bean(HotspotRecall.class).apply("admin"));
                assertThatThrownBy(() -> recall.get(2, TimeUnit.SECONDS))
                        .as("the re-call waits while an import holds " + vcf)
                        .isInstanceOf(TimeoutException.class);
                assertThat(jdbc.queryForObject(audited, Integer.class)).isZero();
            }
            RecallResult result = recall.get(60, TimeUnit.SECONDS);
            assertThat(result.stored()).isTrue();
            assertThat(result.files()).isPositive();
            assertThat(jdbc.queryForObject(audited, Integer.class)).isEqualTo(1);
        }
    }

    private static void copy(String resource, Path target) throws URISyntaxException, IOException {
        Path source = Path.of(HotspotRecallLockTests.class.getResource(resource).toURI());
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, target.resolve(source.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
