package org.thyrobank.platform.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The embedded server's two accounts, kept in {@value #FILE_NAME} (mode 0600) inside the data directory: root,
 * which owns the schema (Flyway migrates as root), and the application account the service connects with. The
 * passwords are generated when the file is first written and never change afterwards; the server is told them
 * at every start, so the file is what counts.
 */
public record EmbeddedCredentials(String rootPassword, String applicationUser, String applicationPassword) {

    public static final String FILE_NAME = "db-credentials.properties";
    static final String APPLICATION_USER = "thyrobank_app";
    static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");

    private static final String ROOT_PASSWORD = "root.password";
    private static final String APP_USER = "app.user";
    private static final String APP_PASSWORD = "app.password";
    private static final SecureRandom RANDOM = new SecureRandom();

    public String rootUser() {
        return "root";
    }

    /** Reads the file in {@code dataDir}, writing it with new passwords when it does not exist yet. */
    static EmbeddedCredentials loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            write(file, new EmbeddedCredentials(newPassword(), APPLICATION_USER, newPassword()));
        }
        OwnerOnly.enforce(file, OWNER_READ_WRITE);
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return new EmbeddedCredentials(
                required(properties, file, ROOT_PASSWORD),
                required(properties, file, APP_USER),
                required(properties, file, APP_PASSWORD));
    }

    private static String required(Properties properties, Path file, String key) {
        String value = properties.getProperty(key, "").trim();
        // the passwords go into SQL string literals: only what newPassword() makes is accepted
        if (!value.matches("[A-Za-z0-9_-]{8,64}")) {
            throw new EmbeddedDatabaseException(file + ": " + key + " is missing or not 8-64 letters, digits, '-' or"
                    + " '_'; restore the file from a backup (the server's accounts use these passwords)");
        }
        return value;
    }

    /** Written to a 0600 file beside it and moved into place, so a crash never leaves half a file. */
    private static void write(Path file, EmbeddedCredentials credentials) throws IOException {
        Properties properties = new Properties();
        properties.setProperty(ROOT_PASSWORD, credentials.rootPassword());
        properties.setProperty(APP_USER, credentials.applicationUser());
        properties.setProperty(APP_PASSWORD, credentials.applicationPassword());
        Path partial = file.resolveSibling(FILE_NAME + ".partial");
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            properties.store(out, "the embedded MariaDB's accounts; thyrobank sets these passwords at every start");
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[root, " + applicationUser + "]";
    }
}
