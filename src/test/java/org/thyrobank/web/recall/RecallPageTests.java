package org.thyrobank.web.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thyrobank.web.ServedCohort.PASSWORD;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thyrobank.platform.ReferenceFiles;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.web.ServedCohort;
import org.thyrobank.web.TestHttp;

/**
 * The ADMIN re-call page: a preview that stores nothing, and a button (CSRF-protected, ADMIN only) that stores the
 * new calls as {@code recall-hotspots} does, audited as the signed-in administrator.
 */
class RecallPageTests {

    @TempDir
    static Path study;

    @TempDir
    static Path raised;

    private static TestApplication app;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void serve() throws Exception {
        app = ServedCohort.start(study);
        jdbc = app.bean(JdbcTemplate.class);
        Files.writeString(
                raised.resolve("hotspot-thresholds.properties"), "min-depth=20\nmin-alt-reads=100000\nmin-vaf=0.05\n");
    }

    @AfterAll
    static void stop() {
        System.clearProperty(ReferenceFiles.OVERRIDE_PROPERTY);
        app.close();
    }

    @Test
    void anAdministratorPreviewsTheChangesAndStoresThemWithTheButton() throws Exception {
        TestHttp researcher = TestHttp.of(app);
        researcher.signIn("researcher", PASSWORD);
        assertThat(researcher.get("/admin/recall").statusCode()).isEqualTo(403);
        assertThat(researcher
                        .postForm("/admin/recall", Map.of("_csrf", researcher.csrfToken("/")))
                        .statusCode())
                .isEqualTo(403);
        TestHttp lab = TestHttp.of(app);
        lab.signIn("lab", PASSWORD);
        assertThat(lab.postForm("/admin/recall", Map.of("_csrf", lab.csrfToken("/")))
                        .statusCode())
                .isEqualTo(403);

        TestHttp boss = TestHttp.of(app);
        boss.signIn("boss", PASSWORD);
        assertThat(boss.get("/admin/recall").body())
                .contains("href=\"/admin/recall\"", "Preview (nothing stored yet): 0 calls would change");

        List<String> before = calls();
        assertThat(before).anyMatch(call -> call.endsWith("\tMUTANT"));
        System.setProperty(ReferenceFiles.OVERRIDE_PROPERTY, raised.toString());
        try {
            HttpResponse<String> preview = boss.get("/admin/recall");
            assertThat(preview.statusCode()).isEqualTo(200);
            assertThat(preview.body())
                    .containsPattern("Preview \\(nothing stored yet\\): [1-9][0-9]* calls would change")
                    .contains("min-alt-reads\n      <span>100000</span>", "<td>MUTANT</td>")
                    .contains("NO_CALL (BELOW_THRESHOLD)");
            assertThat(calls()).as("a preview stores nothing").isEqualTo(before);
            assertThat(audited()).isZero();

            assertThat(boss.postForm("/admin/recall", Map.of()).statusCode())
                    .as("no CSRF token")
                    .isEqualTo(403);
            assertThat(calls()).isEqualTo(before);

            HttpResponse<String> applied =
                    boss.postForm("/admin/recall", Map.of("_csrf", boss.csrfToken("/admin/recall")));
            assertThat(applied.statusCode()).isEqualTo(302);
            assertThat(boss.get("/admin/recall").body())
                    .containsPattern("Re-called and stored: [1-9][0-9]* calls changed");
            assertThat(calls()).noneMatch(call -> call.endsWith("\tMUTANT"));
            assertThat(jdbc.queryForObject(
                            "SELECT actor FROM audit_event WHERE action = 'HOTSPOTS_RECALLED'", String.class))
                    .isEqualTo("boss");
        } finally {
            System.clearProperty(ReferenceFiles.OVERRIDE_PROPERTY);
        }
    }

    private static int audited() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'HOTSPOTS_RECALLED'", Integer.class);
    }

    private static List<String> calls() {
        return jdbc.queryForList(
                "SELECT CONCAT_WS('\t', source_file, sample, hotspot, status) FROM hotspot_call"
                        + " ORDER BY source_file, sample, hotspot",
                String.class);
    }
}
