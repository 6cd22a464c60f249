package org.thyrobank.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database a command works on: an external MariaDB named by URL, or the embedded server in a data
 * directory, started here and stopped by {@link #close()}.
 */
public final class OpenDatabase implements AutoCloseable {

    private static final Pattern MARIADB_URL =
            Pattern.compile("(jdbc:(?:mariadb|mysql)://[^/]+/)([A-Za-z0-9_$]+)(\\?.*)?");

    private final String url;
    private final String user;
    private final String password;
    private final EmbeddedMariaDb embedded;

    private OpenDatabase(String url, String user, String password, EmbeddedMariaDb embedded) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    public static OpenDatabase embedded(Path dataDir) {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir);
        return new OpenDatabase(db.jdbcUrl(), "root", "", db);
    }

    /** An external server; its database is created when it does not exist yet, like the embedded one. */
    public static OpenDatabase external(String url, String user, String password) {
        Matcher m = MARIADB_URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("--db-url must look like jdbc:mariadb://host:port/database, not " + url);
        }
        String serverUrl = m.group(1) + (m.group(3) == null ? "" : m.group(3));
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + m.group(2)
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalArgumentException("cannot reach the database at " + url + ": " + e.getMessage(), e);
        }
        return new OpenDatabase(url, user, password, null);
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
