package org.thyrobank.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thyrobank.analysis.freeze.Freezes;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.StudyImport;

/**
 * Reports and on-demand queries are cached per data version: asked twice with nothing imported in between, the
 * report's figures are the same objects (computed once); after an import that changes data, every answer is computed afresh
 * from the new data, never served from the cache of the old.
 */
class ReportServiceCacheTests {

    @TempDir
    Path study;

    @Test
    void answersAreComputedOncePerDataVersionAndAfreshAfterAnImport() throws Exception {
        copy("/org/thyrobank/clinical/study-example/clinical", study.resolve("clinical"));
        try (TestApplication app = TestApplication.start(TestDatabases.embeddedServer())) {
            StudyImport imports = app.bean(StudyImport.class);
            ReportService service = app.bean(ReportService.class);
            ReportOptions options = ReportOptions.defaults();
            imports.importStudy(study);

            // Each answer carries its own generated_at, so the cached computation shows in the figures it shares.
            Report clinicalOnly = service.report(options).orElseThrow();
            assertThat(service.report(options).orElseThrow().populations()).isSameAs(clinicalOnly.populations());
            assertThat(service.report(options.withNullRate(0.25)).orElseThrow().populations())
                    .isNotSameAs(clinicalOnly.populations());
            AssociationQuery.Answer unsequenced = service.association("BRAF_V600E", "SOFT_TISSUE_CR", null, null, true)
                    .orElseThrow();
            assertThat(unsequenced.n()).isZero();

            copy("/org/thyrobank/genomics/vcf/examples", study.resolve("sequencing"));
            imports.importStudy(study);

            Report sequenced = service.report(options).orElseThrow();
            assertThat(sequenced.populations()).isNotSameAs(clinicalOnly.populations());
            assertThat(ReportJson.write(sequenced)).isNotEqualTo(ReportJson.write(clinicalOnly));
            assertThat(service.association("BRAF_V600E", "SOFT_TISSUE_CR", null, null, true)
                            .orElseThrow()
                            .n())
                    .isPositive();

            // A sign-out changes no imported file, but the figures of signed-out calls only
            Report preliminary = service.report(options).orElseThrow();
            assertThat(preliminary.hotspotCalls().patientsLeftOutCount()).isPositive();
            assertThat(service.association("BRAF_V600E", "SOFT_TISSUE_CR", null, null, false)
                            .orElseThrow()
                            .n())
                    .isZero();
            app.bean(Freezes.class).create("before-sign-out", null, "test");
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            jdbc.update("INSERT INTO run_sign_out (run_id, signed_out_by, signed_out_at)"
                    + " SELECT DISTINCT run_id, 'second-lab-member', NOW(6) FROM sequencing_file");
            Report signedOut = service.report(options).orElseThrow();
            assertThat(signedOut.hotspotCalls().patientsLeftOutCount()).isZero();
            assertThat(signedOut.hotspotCalls().callsLeftOut()).isZero();
            // a freeze keeps the review state it was made in
            assertThat(app.bean(Freezes.class)
                            .report("before-sign-out", options, "test")
                            .hotspotCalls())
                    .isEqualTo(preliminary.hotspotCalls());
            assertThat(service.association("BRAF_V600E", "SOFT_TISSUE_CR", null, null, false)
                            .orElseThrow()
                            .n())
                    .isPositive();
            // ... and withdrawing it changes them back
            jdbc.update("UPDATE run_sign_out SET withdrawn_by = 'second-lab-member', withdrawn_at = NOW(6)");
            assertThat(service.report(options).orElseThrow().hotspotCalls().patientsLeftOutCount())
                    .isEqualTo(preliminary.hotspotCalls().patientsLeftOutCount());
        }
    }

    private static void copy(String resource, Path target) throws URISyntaxException, IOException {
        Path source =
                Path.of(ReportServiceCacheTests.class.getResource(resource).toURI());
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
