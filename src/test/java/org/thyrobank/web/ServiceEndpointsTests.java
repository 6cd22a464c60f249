package org.thyrobank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.users.Role;
import org.thyrobank.platform.users.Users;

class ServiceEndpointsTests {

    private static final String PASSWORD = "status-test-password";
    private static TestApplication app;
    private static TestHttp http;

    @BeforeAll
    static void serve() {
        app = TestApplication.start(
                TestDatabases.embeddedServer(), WebApplicationType.SERVLET, Map.of("server.port", 0));
        app.bean(Users.class).add("operator", Role.ADMIN, PASSWORD);
        http = TestHttp.of(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void statusAnswersTheSameJsonAsTheCommandLine() throws Exception {
        HttpResponse<String> response = http.get("/api/v1/status", "operator", PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .startsWith(
                        "{\"counts\":{\"patients\":0,\"specimens\":0,\"variants\":0,"
                                + "\"hotspot_calls\":0,\"qpcr_values\":0,\"imported_files\":0,\"data_version\":0},\"jobs\":[]}");
    }

    @Test
    void healthIsUpWithoutSigningIn() throws Exception {
        HttpResponse<String> response = http.get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void openApiDescribesTheEndpointsToASignedInUser() throws Exception {
        TestHttp browser = TestHttp.of(app);
        browser.signIn("operator", PASSWORD);
        HttpResponse<String> response = browser.get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "/api/v1/status",
                        "/api/v1/uploads",
                        "/api/v1/uploads/{id}",
                        "/api/v1/tokens",
                        "\"securitySchemes\"",
                        "\"scheme\":\"basic\"",
                        "\"scheme\":\"bearer\"");
    }
}
