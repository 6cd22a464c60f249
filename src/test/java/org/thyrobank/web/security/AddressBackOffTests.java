package org.thyrobank.web.security;

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
import org.thyrobank.web.TestHttp;

/** Guessing many names from one address backs the address off, whatever name it tries next. */
class AddressBackOffTests {

    private static final String PASSWORD = "address-back-off-pw";
    private static TestApplication app;

    @BeforeAll
    static void serve() {
        app = TestApplication.start(
                TestDatabases.embeddedServer(),
                WebApplicationType.SERVLET,
                Map.of("server.port", 0, "thyrobank.sign-in.max-failures-per-address", "4"));
        app.bean(Users.class).add("bystander", Role.LAB, PASSWORD);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void failuresAcrossNamesBackTheAddressOffForBasicBearerAndTheForm() throws Exception {
        TestHttp http = TestHttp.of(app);
        for (String name : new String[] {"guess1", "guess2", "guess3"}) {
            assertThat(http.get("/api/v1/uploads", name, "whatever-password").statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> token = http.send(http.request("/api/v1/uploads")
                .header("Authorization", "Bearer tbk_guessed")
                .GET());
        assertThat(token.statusCode()).isEqualTo(401);

        HttpResponse<String> basic = http.get("/api/v1/uploads", "bystander", PASSWORD);
        assertThat(basic.statusCode()).isEqualTo(429);
        assertThat(basic.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(TestHttp.of(app).signIn("bystander", PASSWORD).statusCode()).isEqualTo(429);
        // a request without credentials is no sign-in attempt: the usual 401
        assertThat(http.get("/api/v1/uploads").statusCode()).isEqualTo(401);
    }
}
