package org.thyrobank.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.thyrobank.platform.uploads.UploadFolders;
import org.thyrobank.platform.uploads.Uploads;
import picocli.CommandLine.Option;

/** How the web service is reached (address, port, HTTPS) and where it keeps uploads while they import. */
final class ServerOptions {

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDR",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only); 0.0.0.0 for every"
                    + " interface, best with --tls-keystore.")
    String bind;

    @Option(
            names = "--tls-keystore",
            paramLabel = "FILE",
            description = "PKCS12 keystore with the server's key and certificate: serve HTTPS instead of HTTP.")
    Path tlsKeystore;

    @Option(
            names = "--tls-password-file",
            paramLabel = "FILE",
            description = "File whose first line is the keystore's password (kept out of the command line).")
    Path tlsPasswordFile;

    @Option(
            names = "--uploads-dir",
            paramLabel = "DIR",
            description = "Where uploads wait and import, made 0700 (default: uploads/ in --data-dir; set it with"
                    + " --db-url).")
    Path uploadsDir;

    boolean https() {
        return tlsKeystore != null;
    }

    String url() {
        String host = bind.equals("0.0.0.0") || bind.equals("::") ? "localhost" : bind;
        return (https() ? "https://" : "http://") + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/";
    }

    /** The Spring properties for these options; prepares the uploads folder. */
    Map<String, Object> properties(DatabaseOptions database) throws IOException {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", port);
        properties.put("server.address", bind);
        Path uploads = (uploadsDir != null ? uploadsDir : database.dataDir.resolve("uploads"))
                .toAbsolutePath()
                .normalize();
        UploadFolders.prepare(uploads);
        properties.put("thyrobank.uploads.dir", uploads.toString());
        // Tomcat writes a request's files here while they arrive, not in the machine's shared temporary folder.
        properties.put(
                "spring.servlet.multipart.location",
                UploadFolders.prepare(uploads.resolve(Uploads.INCOMING)).toString());
        if (tlsPasswordFile != null && tlsKeystore == null) {
            throw new IllegalArgumentException("--tls-password-file needs --tls-keystore");
        }
        if (https()) {
            if (tlsPasswordFile == null) {
                throw new IllegalArgumentException("--tls-keystore needs --tls-password-file");
            }
            if (!Files.isReadable(tlsKeystore)) {
                throw new IllegalArgumentException("--tls-keystore " + tlsKeystore + ": no such readable file");
            }
            properties.put("server.ssl.enabled", true);
            properties.put(
                    "server.ssl.key-store", tlsKeystore.toAbsolutePath().toUri().toString());
            properties.put("server.ssl.key-store-type", "PKCS12");
            properties.put("server.ssl.key-store-password", password(tlsPasswordFile));
            properties.put("server.servlet.session.cookie.secure", true);
        }
        return properties;
    }

    private static String password(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("--tls-password-file " + file + ": no such readable file");
        }
        return Files.readString(file, StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElse("");
    }
}
