package org.thyrobank.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database a command works on: an external MariaDB named by URL, or the embedded server in a data
 * directory, started here and stopped by {@link #close()}. On the embedded server the service connects with
 * the least-privilege application account and Flyway migrates as root; on an external one both use the
 * operator's account.
 *
 * <p>The embedded server is still starting when {@link #embedded(Path)} returns, so that a command builds its
 * application context meanwhile: whatever hands out a way to connect ({@link #url()} and the accounts) waits until
 * it is ready, except {@link #springProperties()}, whose context waits before it makes its {@code DataSource}
 * ({@link #awaitReady()}).
 */
public final class OpenDatabase implements AutoCloseable {

    /** Names the application account whose grants {@link ApplicationAccountGrants} keeps; unset externally. */
    static final String APPLICATION_USER_PROPERTY = "thyrobank.database.application-user";

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
        EmbeddedMariaDb db = EmbeddedMariaDb.launch(dataDir);
        EmbeddedCredentials credentials = db.credentials();
        return new OpenDatabase(db.jdbcUrl(), credentials.applicationUser(), credentials.applicationPassword(), db);
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

    /** Waits until the embedded server accepts connections (returns at once on an external one). */
    public void awaitReady() {
        if (embedded != null) {
            embedded.awaitReady();
        }
    }

    /** See {@link EmbeddedMariaDb#pauseConnecting()}; nothing on an external database. */
    public void pauseConnecting() {
        if (embedded != null) {
            embedded.pauseConnecting();
        }
    }

    public void resumeConnecting() {
        if (embedded != null) {
            embedded.resumeConnecting();
        }
    }

    public String url() {
        awaitReady();
        return url;
    }

    public String user() {
        awaitReady();
        return user;
    }

    public String password() {
        awaitReady();
        return password;
    }

    /**
     * The account that owns the schema: root on the embedded server (it migrates, dumps and restores every table,
     * which the application account may not), the operator's account on an external one.
     */
    String ownerUser() {
        awaitReady();
        return embedded == null ? user : embedded.credentials().rootUser();
    }

    String ownerPassword() {
        awaitReady();
        return embedded == null ? password : embedded.credentials().rootPassword();
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /**
     * The Spring properties that connect the service (and Flyway) to this database; they do not wait for the
     * embedded server: the context they configure calls {@link #awaitReady()} before it makes its DataSource.
     */
    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
        if (embedded != null) {
            EmbeddedCredentials credentials = embedded.credentials();
            properties.put("spring.flyway.user", credentials.rootUser());
            properties.put("spring.flyway.password", credentials.rootPassword());
            properties.put(APPLICATION_USER_PROPERTY, credentials.applicationUser());
        }
        return properties;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
