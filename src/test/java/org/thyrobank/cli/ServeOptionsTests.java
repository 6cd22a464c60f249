package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.thyrobank.platform.database.TestDatabases;
import picocli.CommandLine;

/** {@code serve}'s address, HTTPS and uploads folder, on a real server with a keystore made here. */
class ServeOptionsTests {

    private static final String KEYSTORE_PASSWORD = "keystore-test-password";

    @Test
    void withAKeystoreTheServiceSpeaksHttpsOnlyOnTheLoopbackAndItsSessionCookieIsSecure() throws Exception {
        Path dir = Files.createTempDirectory("thyrobank-serve-tls");
        Path keystore = keystore(dir);
        Path passwordFile = Files.writeString(dir.resolve("tls-password"), KEYSTORE_PASSWORD + "\n");
        ServeCommand serve = parse(
                "--data-dir", dir.resolve("data").toString(),
                "--port", "0",
                "--tls-keystore", keystore.toString(),
                "--tls-password-file", passwordFile.toString());
        Map<String, Object> properties = serve.server.properties(serve.database);
        assertThat(properties).doesNotContainValue(KEYSTORE_PASSWORD + "\n");

        Path uploads = dir.resolve("data/uploads");
        assertThat(Files.getPosixFilePermissions(uploads)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(properties)
                .containsEntry("thyrobank.uploads.dir", uploads.toString())
                .containsEntry(
                        "spring.servlet.multipart.location",
                        uploads.resolve("incoming").toString());

        try (TestDatabases.FreshDatabase db = TestDatabases.embeddedServer().freshDatabase();
                ConfigurableApplicationContext context =
                        SpringContexts.start(db.database(), WebApplicationType.SERVLET, properties)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient client =
                    HttpClient.newBuilder().sslContext(trusting(keystore)).build();
            HttpResponse<String> login = client.send(
                    HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/login"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().allValues("Set-Cookie"))
                    .filteredOn(c -> c.startsWith("JSESSIONID="))
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c).containsIgnoringCase("; Secure"));

            assertThat(plainHttpStatus(port)).as("plain HTTP is refused").isIn(-1, 400);

            Optional<InetAddress> outside = nonLoopbackAddress();
            if (outside.isPresent()) {
                try (Socket socket = new Socket()) {
                    assertThatThrownBy(() -> socket.connect(new InetSocketAddress(outside.get(), port), 2000))
                            .as("bound to 127.0.0.1 only, not " + outside.get())
                            .isInstanceOf(ConnectException.class);
                }
            }
        }
    }

    @Test
    void bindAndUploadsDirAreTakenAsGivenAndTlsNeedsBothFiles() throws Exception {
        Path dir = Files.createTempDirectory("thyrobank-serve-options");
        ServeCommand open =
                parse("--bind", "0.0.0.0", "--uploads-dir", dir.resolve("up").toString());
        Map<String, Object> properties = open.server.properties(open.database);
        assertThat(properties)
                .containsEntry("server.address", "0.0.0.0")
                .containsEntry("thyrobank.uploads.dir", dir.resolve("up").toString())
                .doesNotContainKey("server.ssl.enabled");
        ServeCommand byDefault = parse("--data-dir", dir.toString());
        assertThat(byDefault.server.properties(byDefault.database)).containsEntry("server.address", "127.0.0.1");

        ServeCommand noPassword = parse(
                "--data-dir", dir.toString(), "--tls-keystore", keystore(dir).toString());
        assertThatThrownBy(() -> noPassword.server.properties(noPassword.database))
                .hasMessageContaining("--tls-keystore needs --tls-password-file");
        ServeCommand missing = parse(
                "--data-dir", dir.toString(),
                "--tls-keystore", dir.resolve("absent.p12").toString(),
                "--tls-password-file", dir.resolve("absent").toString());
        assertThatThrownBy(() -> missing.server.properties(missing.database))
                .hasMessageContaining("absent.p12: no such readable file");
    }

    /** The status a plain HTTP request gets (Tomcat answers 400 "requires TLS"), or -1 when the connection fails. */
    private static int plainHttpStatus(int port) throws InterruptedException {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static ServeCommand parse(String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args);
        return serve;
    }

    /** A PKCS12 keystore with a self-signed certificate for 127.0.0.1, made by the JDK's keytool. */
    private static Path keystore(Path dir) throws Exception {
        Path keystore = dir.resolve("server.p12");
        if (Files.exists(keystore)) {
            return keystore;
        }
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "thyrobank",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        KEYSTORE_PASSWORD,
                        "-keypass",
                        KEYSTORE_PASSWORD,
                        "-dname",
                        "CN=localhost",
                        "-validity",
                        "2",
                        "-ext",
                        "SAN=ip:127.0.0.1,dns:localhost")
                .redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(output).isZero();
        return keystore;
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, KEYSTORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        return NetworkInterface.networkInterfaces()
                .filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address)
                .findFirst();
    }
}
