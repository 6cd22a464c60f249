package org.thyrobank.platform.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * One import at a time per bundle file, across every process that imports into the same database (command line
 * runs, the web service's uploads): a MariaDB user lock ({@code GET_LOCK}) taken on a connection of its own and
 * held while the file is checked and imported. The server frees the lock when that connection ends, so a killed
 * import never leaves a file locked. A second import of the file waits for the first to end, up to
 * {@code wait-seconds} of {@code batch-jobs/import-lock.properties}, and then finds the file as the first left it.
 */
@Component
public class ImportLocks {

    private static final Logger LOG = LoggerFactory.getLogger(ImportLocks.class);

    static final String SETTINGS = "import-lock";
    private static final String PREFIX = "thyrobank-import:";
    /** MariaDB and MySQL refuse longer lock names. */
    static final int MAX_NAME_LENGTH = 64;

    private final DataSource dataSource;
    private final Duration wait;

    @Autowired
    ImportLocks(DataSource dataSource, JobSettings jobSettings) {
        this(dataSource, Duration.ofSeconds(jobSettings.load(SETTINGS).integer("wait-seconds")));
    }

    ImportLocks(DataSource dataSource, Duration wait) {
        if (wait.isNegative()) {
            throw new IllegalArgumentException(
                    "batch-jobs/" + SETTINGS + ".properties: wait-seconds must be 0 or more, not " + wait.toSeconds());
        }
        this.dataSource = dataSource;
        this.wait = wait;
    }

    /**
     * Takes the lock of {@code relativePath} (a file's path inside the bundle, or a folder imported whole, as
     * {@code clinical/}); when another import holds it, tells {@code waiting} and waits for it.
     *
     * @throws ImportLockTimeoutException when the other import still holds it after the configured wait
     */
    public Held lock(String relativePath, Runnable waiting) {
        return lockAll(List.of(relativePath), waiting);
    }

    /**
     * Takes the locks of every path in {@code relativePaths} on one connection, in sorted order (so two callers that
     * take several never wait for each other in a circle), for work that changes the data of many files at once
     * (recall-hotspots). When another import holds one, tells {@code waiting} once and waits for it as {@link #lock}
     * does; on a timeout the locks already taken are released.
     *
     * @throws ImportLockTimeoutException naming the path whose lock another import still held after the wait
     */
    public Held lockAll(Collection<String> relativePaths, Runnable waiting) {
        List<String> paths = relativePaths.stream().distinct().sorted().toList();
        Connection connection = null;
        List<String> names = new ArrayList<>();
        boolean told = false;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            String database = database(connection);
            for (String path : paths) {
                String name = name(database, path);
                if (!getLock(connection, name, 0, path)) {
                    if (!told) {
                        waiting.run();
                        told = true;
                    }
                    if (!getLock(connection, name, wait.toSeconds(), path)) {
                        throw new ImportLockTimeoutException(path, wait);
                    }
                }
                names.add(name);
            }
            return new Held(connection, names, String.join(", ", paths));
        } catch (SQLException | RuntimeException e) {
            // closing the connection releases what it holds
            closeQuietly(connection, e);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot take the import locks of " + paths + ": " + e.getMessage(), e);
        }
    }

    /**
     * The lock's name: the database's and the path's SHA-256, so that two databases on one server do not block each
     * other and any path fits the 64 characters a lock name may have.
     */
    static String name(String database, String relativePath) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((database + "\n" + relativePath).getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return PREFIX + hex.substring(0, MAX_NAME_LENGTH - PREFIX.length());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String database(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT DATABASE()");
                ResultSet row = select.executeQuery()) {
            row.next();
            return String.valueOf(row.getString(1));
        }
    }

    private static boolean getLock(Connection connection, String name, long seconds, String relativePath)
            throws SQLException {
        try (PreparedStatement get = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            get.setString(1, name);
            get.setLong(2, seconds);
            try (ResultSet row = get.executeQuery()) {
                row.next();
                int result = row.getInt(1);
                if (row.wasNull()) {
                    throw new IllegalStateException("the database could not take the import lock of " + relativePath);
                }
                return result == 1;
            }
        }
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /** Locks held on their own connection; closing releases them and hands the connection back. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;
        private final List<String> names;
        private final String relativePaths;

        private Held(Connection connection, List<String> names, String relativePaths) {
            this.connection = connection;
            this.names = List.copyOf(names);
            this.relativePaths = relativePaths;
        }

        @Override
        public void close() {
            try (Connection c = connection;
                    PreparedStatement release = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                for (String name : names) {
                    release.setString(1, name);
                    release.executeQuery().close();
                }
            } catch (SQLException e) {
                // the import itself has ended; a connection that cannot release the lock is gone, and the server
                // released the lock with it
                LOG.warn("could not release the import locks of {}: {}", relativePaths, e.getMessage());
            }
        }
    }
}
