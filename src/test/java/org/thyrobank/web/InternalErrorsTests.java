package org.thyrobank.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.users.Role;
import org.thyrobank.platform.users.Users;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A server error shows a non-admin no SQL, mapper or class names and no server path: a message and a correlation id. */
class InternalErrorsTests {

    private static final String PASSWORD = "internal-errors-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CORRELATION_ID = Pattern.compile("correlation id ([0-9a-f-]{13})");
    private static Path uploadsDir;
    private static TestApplication app;
    private static TestHttp http;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeAll
    static void serve() throws Exception {
        uploadsDir = Files.createTempDirectory("thyrobank-internal-errors").resolve("uploads");
        app = TestApplication.start(
                TestDatabases.embeddedServer(),
                WebApplicationType.SERVLET,
                Map.of("server.port", 0, "thyrobank.uploads.dir", uploadsDir.toString()));
        app.bean(Users.class).add("lab", Role.LAB, PASSWORD);
        app.bean(Users.class).add("researcher", Role.RESEARCHER, PASSWORD);
        http = TestHttp.of(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void listen() {
        log.start();
        ((Logger) LoggerFactory.getLogger("org.thyrobank")).addAppender(log);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger("org.thyrobank")).detachAppender(log);
    }

    @Test
    void aDatabaseErrorIsAPlain500WithACorrelationIdThatTheLogHoldsWithTheSql() throws Exception {
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        jdbc.execute("RENAME TABLE upload TO upload_moved_away");
        try {
            HttpResponse<String> api = http.get("/api/v1/uploads", "lab", PASSWORD);
            String correlationId = assertPlain500(api);
            assertThat(logged(correlationId)).contains("upload", "SQL", "UploadMapper");

            TestHttp browser = TestHttp.of(app);
            browser.signIn("lab", PASSWORD);
            HttpResponse<String> page = browser.send(
                    browser.request("/uploads").header("Accept", "text/html").GET());
            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(page.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertNoDetail(page.body());
            Matcher m = CORRELATION_ID.matcher(page.body());
            assertThat(m.find()).as(page.body()).isTrue();
            assertThat(logged(m.group(1))).contains("SQL");
        } finally {
            jdbc.execute("RENAME TABLE upload_moved_away TO upload");
        }
    }

    @Test
    void anUploadFolderThatCannotBeWrittenIsAPlain500NamingNoServerPath() throws Exception {
        FileSystemUtils.deleteRecursively(uploadsDir);
        Files.writeString(uploadsDir, "a file where the uploads folder should be");
        try {
            HttpResponse<String> response = http.send(new TestHttp.Multipart()
                    .file("PL01.csv", "specimen_id,assay,cq\n".getBytes(StandardCharsets.UTF_8))
                    .post(http.request("/api/v1/uploads").header("Authorization", TestHttp.basic("lab", PASSWORD))));
            String correlationId = assertPlain500(response);
            assertThat(response.body()).doesNotContain(uploadsDir.getParent().toString());
            assertThat(logged(correlationId)).contains(uploadsDir.toString());
        } finally {
            Files.delete(uploadsDir);
            Files.createDirectories(uploadsDir);
        }
    }

    /** Answers the correlation id of a 500 problem that says nothing of the server's inside. */
    private static String assertPlain500(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertNoDetail(response.body());
        JsonNode problem = JSON.readTree(response.body());
        String correlationId = problem.get("correlation_id").asString();
        assertThat(problem.get("detail").asString()).contains("correlation id " + correlationId);
        return correlationId;
    }

    private static void assertNoDetail(String body) {
        assertThat(body)
                .doesNotContainIgnoringCase("sql")
                .doesNotContain("Mapper", "org.thyrobank", "java.", "Exception", "upload_moved_away", "/tmp/");
    }

    /** What the log holds under the correlation id: the message and the exception's whole chain. */
    private String logged(String correlationId) {
        return log.list.stream()
                .filter(e -> e.getFormattedMessage().contains(correlationId))
                .map(e -> e.getFormattedMessage() + "\n"
                        + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .reduce("", String::concat);
    }
}
