package org.thyrobank.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The real MariaDB servers database tests run against: the embedded server (always, one per test JVM, in
 * {@code target/}; as root, with the password from its {@code db-credentials.properties}) and the machine's
 * server at 127.0.0.1:3306 (root, empty password) when it answers. Each test asks for a fresh database, which it
 * drops when done; the service runs on it as root, as on an external server.
 */
public final class TestDatabases {

    public static final String EXTERNAL_SERVER = "jdbc:mariadb://127.0.0.1:3306/";

    private static EmbeddedMariaDb embedded;

    private TestDatabases() {}

    /** The servers to run against, by name: {@code embedded}, and {@code external} when 127.0.0.1:3306 answers. */
    public static List<Server> servers() {
        List<Server> servers = new ArrayList<>();
        servers.add(embeddedServer());
        if (externalAnswers()) {
            servers.add(new Server("external", EXTERNAL_SERVER, "root", ""));
        }
        return servers;
    }

    public static synchronized Server embeddedServer() {
        if (embedded == null) {
            embedded = EmbeddedMariaDb.start(Path.of("target", "test-mariadb"));
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
        }
        EmbeddedCredentials credentials = embedded.credentials();
        return new Server(
                "embedded",
                "jdbc:mariadb://127.0.0.1:" + embedded.port() + "/",
                credentials.rootUser(),
                credentials.rootPassword());
    }

    /** A connection to {@code url}, a database on one of the test servers, with that server's root account. */
    public static Connection connect(String url) throws SQLException {
        Server embedded = embeddedServer();
        if (url.startsWith(embedded.serverUrl())) {
            return embedded.connect(url);
        }
        if (url.startsWith(EXTERNAL_SERVER)) {
            return DriverManager.getConnection(url, "root", "");
        }
        throw new IllegalArgumentException(url + " is on none of the test servers");
    }

    static boolean externalAnswers() {
        try (Connection ignored = DriverManager.getConnection(EXTERNAL_SERVER + "?connectTimeout=2000", "root", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** A MariaDB server reachable by URL. */
    public record Server(String name, String serverUrl, String user, String password) {

        /** A new, empty database on this server; close the result to drop it. */
        public FreshDatabase freshDatabase() {
            String name = "thyrobank_t_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            return new FreshDatabase(this, name, OpenDatabase.external(serverUrl + name, user, password));
        }

        /** A connection with this server's account to {@code url}, a database on this server. */
        public Connection connect(String url) throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public record FreshDatabase(Server server, String name, OpenDatabase database) implements AutoCloseable {

        public String url() {
            return database.url();
        }

        /** The server account's password, for a command run with {@code --db-url url()} (the user is root). */
        public String password() {
            return server.password();
        }

        @Override
        public void close() {
            try (Connection c = server.connect(server.serverUrl());
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop test database " + name, e);
            }
        }
    }
}
