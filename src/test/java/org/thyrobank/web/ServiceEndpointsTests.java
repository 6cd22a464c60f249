package org.thyrobank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;

class ServiceEndpointsTests {

    private static TestApplication app;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() {
        app = TestApplication.start(TestDatabases.embeddedServer(), WebApplicationType.SERVLET, Map.of("server.port", 0));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void statusAnswersTheSameJsonAsTheCommandLine() throws Exception {
        HttpResponse<String> response = get("/api/v1/status");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"counts\":{\"patients\":0,\"specimens\":0,\"variants\":0,"
                + "\"hotspot_calls\":0,\"qpcr_values\":0,\"imported_files\":0},\"jobs\":[]}");
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void openApiDescribesTheStatusEndpoint() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/status");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        int port = ((WebServerApplicationContext) app.context()).getWebServer().getPort();
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
