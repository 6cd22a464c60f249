package org.thyrobank.web;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.thyrobank.platform.database.TestApplication;

/** A client of the running service: HTTP Basic for the API, or a browser-like session (cookies, CSRF) for pages. */
public final class TestHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private TestHttp(int port) {
        this.port = port;
    }

    public static TestHttp of(TestApplication app) {
        return new TestHttp(
                ((WebServerApplicationContext) app.context()).getWebServer().getPort());
    }

    public static TestHttp of(org.springframework.context.ConfigurableApplicationContext context) {
        return new TestHttp(
                ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET());
    }

    public HttpResponse<String> get(String path, String user, String password) throws Exception {
        return send(request(path).header("Authorization", basic(user, password)).GET());
    }

    /** With another body handler, e.g. bytes for a zip download. */
    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws Exception {
        return client.send(request.build(), body);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login form as a browser does (with the form's CSRF token); answers the POST's response. */
    public HttpResponse<String> signIn(String user, String password) throws Exception {
        String token = csrfToken("/login");
        return postForm("/login", Map.of("username", user, "password", password, "_csrf", token));
    }

    /** The CSRF token a page's form carries. */
    public String csrfToken(String page) throws Exception {
        HttpResponse<String> response = get(page);
        Matcher m = CSRF.matcher(response.body());
        if (!m.find()) {
            throw new AssertionError(page + " has no CSRF token: " + response.statusCode() + " " + response.body());
        }
        return m.group(1);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart/form-data body: text fields, and one file part named {@code file} when {@code fileName} is not null. */
    public static final class Multipart {

        private final String boundary = "thyrobank-" + UUID.randomUUID();
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final Map<String, byte[]> files = new LinkedHashMap<>();

        /** Adds a {@code file} part; called again, the request carries several. */
        public Multipart file(String name, byte[] bytes) {
            files.put(name, bytes);
            return this;
        }

        public Multipart field(String name, String value) {
            fields.put(name, value);
            return this;
        }

        public HttpRequest.Builder post(HttpRequest.Builder request) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            fields.forEach((name, value) -> body.writeBytes(("--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
            files.forEach((fileName, content) -> {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.writeBytes(content);
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            });
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        }
    }
}
