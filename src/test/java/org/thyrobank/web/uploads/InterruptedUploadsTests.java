package org.thyrobank.web.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.thyrobank.cli.SpringContexts;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.uploads.Uploads;

class InterruptedUploadsTests {

    @Test
    void anUploadLeftRunningByAStoppedServiceIsFailedAndItsFilesDeletedAtTheNextWebStartButNotByACommandLine()
            throws Exception {
        Path uploads = Files.createTempDirectory("thyrobank-interrupted");
        Path leftOver = Files.createDirectories(uploads.resolve("u-1/qpcr"));
        Files.writeString(leftOver.resolve("PL01.csv"), "specimen_id,assay,cq\n");
        Files.writeString(
                Files.createDirectories(uploads.resolve(Uploads.INCOMING)).resolve("part-1"), "half sent");
        Map<String, Object> withUploads = Map.of("thyrobank.uploads.dir", uploads.toString());
        try (TestDatabases.FreshDatabase db = TestDatabases.embeddedServer().freshDatabase()) {
            SpringContexts.start(db.database(), WebApplicationType.NONE, Map.of())
                    .close();
            execute(
                    db,
                    "INSERT INTO upload (id, original_name, kind, study_dir, uploaded_by, state, created)"
                            + " VALUES ('u-1', 'PL01.csv', 'QPCR_PLATE', '/tmp/u-1', 'lab', 'RUNNING', NOW(6))");

            SpringContexts.start(db.database(), WebApplicationType.NONE, withUploads)
                    .close();
            assertThat(state(db)).isEqualTo("RUNNING");
            assertThat(leftOver.resolve("PL01.csv")).exists();

            Map<String, Object> web = new HashMap<>(withUploads);
            web.put("server.port", 0);
            try (ConfigurableApplicationContext started =
                    SpringContexts.start(db.database(), WebApplicationType.SERVLET, web)) {
                assertThat(state(db)).isEqualTo("FAILED");
                try (Stream<Path> left = Files.list(uploads)) {
                    assertThat(left).containsExactly(uploads.resolve(Uploads.INCOMING));
                }
                assertThat(uploads.resolve(Uploads.INCOMING)).isEmptyDirectory();
            }
        }
    }

    private static void execute(TestDatabases.FreshDatabase db, String sql) throws Exception {
        try (Connection c = TestDatabases.connect(db.url())) {
            c.createStatement().execute(sql);
        }
    }

    private static String state(TestDatabases.FreshDatabase db) throws Exception {
        try (Connection c = TestDatabases.connect(db.url());
                ResultSet rs = c.createStatement().executeQuery("SELECT state, message FROM upload WHERE id = 'u-1'")) {
            rs.next();
            assertThat(rs.getString("state").equals("RUNNING")
                            || rs.getString("message").startsWith("interrupted"))
                    .isTrue();
            return rs.getString("state");
        }
    }
}
