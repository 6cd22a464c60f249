package org.thyrobank.web.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.uploads.Uploads;
import org.thyrobank.platform.users.Role;
import org.thyrobank.platform.users.Users;
import org.thyrobank.web.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each limit on an upload, set low, and hit: the answer names the limit, its value and its setting. */
class UploadLimitsTests {

    private static final String PASSWORD = "lab-bench-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Path uploadsDir;
    private static TestApplication app;
    private static TestHttp http;

    @BeforeAll
    static void serve() throws IOException {
        uploadsDir = Files.createTempDirectory("thyrobank-upload-limits");
        // application.properties outranks the properties a context is started with; system properties outrank it
        Map<String, String> limits = Map.of(
                "server.tomcat.max-part-count", "12",
                "server.tomcat.max-part-header-size", "512B",
                "spring.servlet.multipart.max-file-size", "20KB",
                "spring.servlet.multipart.max-request-size", "60KB",
                "thyrobank.uploads.max-pending-per-user", "2",
                "thyrobank.uploads.max-pending-bytes-per-user", "1000");
        limits.forEach(System::setProperty);
        try {
            app = TestApplication.start(
                    TestDatabases.embeddedServer(),
                    WebApplicationType.SERVLET,
                    Map.of("server.port", 0, "thyrobank.uploads.dir", uploadsDir.toString()));
        } finally {
            limits.keySet().forEach(System::clearProperty);
        }
        Users users = app.bean(Users.class);
        users.add("busy", Role.LAB, PASSWORD);
        users.add("heavy", Role.LAB, PASSWORD);
        users.add("free", Role.LAB, PASSWORD);
        http = TestHttp.of(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void moreFilesThanTheConfiguredPartCountAre413NamingServerTomcatMaxPartCount() throws Exception {
        TestHttp.Multipart body = new TestHttp.Multipart().field("run", "R13");
        for (int i = 1; i <= 13; i++) {
            body.file("R13/S" + i + ".vcf", bytes("v"));
        }
        assertLimit(post(body, "free"), 413, "server.tomcat.max-part-count", "12");
    }

    @Test
    void aFileOverTheFileSizeIs413NamingMaxFileSize() throws Exception {
        assertLimit(
                post(new TestHttp.Multipart().file("PL01.csv", new byte[30 * 1024]), "free"),
                413,
                "spring.servlet.multipart.max-file-size",
                "20KB");
    }

    @Test
    void aRequestOverTheRequestSizeIs413NamingMaxRequestSize() throws Exception {
        TestHttp.Multipart body = new TestHttp.Multipart();
        for (int i = 1; i <= 4; i++) {
            body.file("PL0" + i + ".csv", new byte[18 * 1024]);
        }
        assertLimit(post(body, "free"), 413, "spring.servlet.multipart.max-request-size", "60KB");
    }

    @Test
    void aFileNameLongerThanThePartHeaderSizeIs413NamingIt() throws Exception {
        String deep = "run/".repeat(150) + "PL01.csv";
        assertLimit(
                post(new TestHttp.Multipart().file(deep, bytes("x")), "free"),
                413,
                "server.tomcat.max-part-header-size",
                "512B");
    }

    @Test
    void aUserWithAsManyUploadsPendingAsAllowedIsRefusedWith429NamingTheSetting() throws Exception {
        pending("busy", "u-busy-1", uploadsDir.resolve("u-busy-1"), 10);
        pending("busy", "u-busy-2", uploadsDir.resolve("u-busy-2"), 10);
        HttpResponse<String> refused = post(new TestHttp.Multipart().file("PL01.csv", bytes("x")), "busy");
        assertLimit(refused, 429, "thyrobank.uploads.max-pending-per-user", "2");
        assertThat(refused.body()).contains("busy already has 2 upload(s) waiting or importing");
    }

    @Test
    void pendingBytesOverTheCapAre413NamingTheSettingAndNothingIsKept() throws Exception {
        pending("heavy", "u-heavy", uploadsDir.resolve("u-heavy"), 990);
        HttpResponse<String> refused = post(new TestHttp.Multipart().file("PL01.csv", bytes("x".repeat(20))), "heavy");
        assertLimit(refused, 413, "thyrobank.uploads.max-pending-bytes-per-user", "1000");
        try (var folders = Files.list(uploadsDir)) {
            assertThat(folders.map(f -> f.getFileName().toString()))
                    .as("the refused upload's folder is removed")
                    .allMatch(name -> name.startsWith("u-") || name.equals(Uploads.INCOMING));
        }
        // once the pending upload has ended, its bytes no longer count
        app.bean(JdbcTemplate.class).update("UPDATE upload SET state = 'COMPLETED' WHERE id = 'u-heavy'");
        HttpResponse<String> taken = post(new TestHttp.Multipart().file("PL01.csv", bytes("x".repeat(20))), "heavy");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(202);
    }

    /** An upload of {@code user} left RUNNING with a folder of {@code bytes} bytes. */
    private static void pending(String user, String id, Path folder, int bytes) throws IOException {
        Files.createDirectories(folder.resolve("qpcr"));
        Files.write(folder.resolve("qpcr/PL01.csv"), new byte[bytes]);
        app.bean(JdbcTemplate.class)
                .update(
                        "INSERT INTO upload (id, original_name, kind, study_dir, uploaded_by, state, created)"
                                + " VALUES (?, 'PL01.csv', 'QPCR_PLATE', ?, ?, 'RUNNING', NOW(6))",
                        id,
                        folder.toString(),
                        user);
    }

    private static HttpResponse<String> post(TestHttp.Multipart body, String user) throws Exception {
        return http.send(
                body.post(http.request("/api/v1/uploads").header("Authorization", TestHttp.basic(user, PASSWORD))));
    }

    private static void assertLimit(HttpResponse<String> response, int status, String setting, String value)
            throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("limit").asString()).isEqualTo(setting);
        assertThat(problem.get("value").asString()).isEqualTo(value);
        assertThat(problem.get("detail").asString()).contains(setting + "=" + value, setting);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
