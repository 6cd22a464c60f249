package org.thyrobank.platform.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backup and restore of the embedded database with the client programs of the bundled server
 * ({@code server/<version>/bin/mariadb-dump} and {@code mariadb} below the data directory): a logical dump of the
 * whole {@code thyrobank} database (schema, Flyway history, Spring Batch tables, every row and every kept file's
 * bytes) taken in one transaction, and its replay into a data directory that holds no tables yet.
 */
public final class EmbeddedDumps {

    /** The header line of every file mariadb-dump writes. */
    static final String DUMP_HEADER = "-- MariaDB dump";

    private static final String SANDBOX_MODE = "/*M!999999\\- enable the sandbox mode */";

    private static final Pattern HOST_AND_PORT = Pattern.compile("jdbc:mariadb://([^:/]+):(\\d+)/.*");
    private static final Pattern CLIENT_ERROR_LINE = Pattern.compile("ERROR \\d+ \\(\\w+\\) at line (\\d+): (.*)");
    private static final long TIMEOUT_MINUTES = 120;

    private EmbeddedDumps() {}

    /** Writes a dump of the embedded database open in {@code dataDir} to {@code file}. */
    public static void backup(OpenDatabase database, Path dataDir, Path file) {
        requireEmbedded(database);
        Path target = file.toAbsolutePath();
        List<String> command = client(database, dataDir, "mariadb-dump");
        command.addAll(List.of(
                "--single-transaction",
                "--routines",
                "--triggers",
                "--hex-blob",
                "--result-file=" + target,
                EmbeddedMariaDb.DATABASE));
        run(database, command, null, "mariadb-dump could not write " + target);
    }

    /**
     * Replays {@code file} (written by {@link #backup}) into the embedded database open in {@code dataDir}, which must
     * hold no tables yet.
     *
     * @throws IllegalArgumentException when the file is not a mariadb-dump file or the database is not empty
     */
    public static void restore(OpenDatabase database, Path dataDir, Path file) {
        requireEmbedded(database);
        Path source = file.toAbsolutePath();
        requireDump(source);
        long tables = tableCount(database);
        if (tables > 0) {
            throw new IllegalArgumentException("the database in " + dataDir + " holds " + tables
                    + " tables already: restore into a new --data-dir");
        }
        List<String> command = client(database, dataDir, "mariadb");
        command.add(EmbeddedMariaDb.DATABASE);
        run(database, command, source, "restoring " + source + " failed");
    }

    private static void requireEmbedded(OpenDatabase database) {
        if (!database.isEmbedded()) {
            throw new IllegalArgumentException("backup and restore work on the embedded database (--data-dir);"
                    + " for an external server use its own mariadb-dump and mariadb");
        }
    }

    private static void requireDump(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such backup file: " + file);
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String first = reader.readLine();
            // mariadb-dump 11.4 puts a sandbox-mode comment before its header line
            String header = first != null && first.startsWith(SANDBOX_MODE) ? reader.readLine() : first;
            if (header == null || !header.startsWith(DUMP_HEADER)) {
                throw new IllegalArgumentException(file + ": line 1: found '"
                        + (first == null ? "" : first.substring(0, Math.min(first.length(), 60)))
                        + "', expected a backup written by thyrobank backup (mariadb-dump, '" + DUMP_HEADER + " ...')");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read backup file " + file + ": " + e.getMessage(), e);
        }
    }

    private static long tableCount(OpenDatabase database) {
        try (Connection c =
                        DriverManager.getConnection(database.url(), database.ownerUser(), database.ownerPassword());
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(
                        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException(
                    "cannot count the tables of the embedded database: " + e.getMessage(), e);
        }
    }

    private static List<String> client(OpenDatabase database, Path dataDir, String program) {
        Path binary = dataDir.toAbsolutePath()
                .normalize()
                .resolve("server")
                .resolve(EmbeddedMariaDb.SERVER_VERSION)
                .resolve("bin")
                .resolve(program);
        if (!Files.isExecutable(binary)) {
            throw new EmbeddedDatabaseException("the bundled server has no " + program + " at " + binary);
        }
        Matcher url = HOST_AND_PORT.matcher(database.url());
        if (!url.matches()) {
            throw new IllegalStateException("unexpected embedded database URL " + database.url());
        }
        return new ArrayList<>(List.of(
                binary.toString(),
                "--no-defaults",
                "--protocol=TCP",
                "--host=" + url.group(1),
                "--port=" + url.group(2),
                "--user=" + database.ownerUser(),
                "--default-character-set=utf8mb4"));
    }

    /** Runs a client program; its password travels in the environment, never on the command line. */
    private static void run(OpenDatabase database, List<String> command, Path input, String failure) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MYSQL_PWD", database.ownerPassword());
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new EmbeddedDatabaseException(failure + ": no end after " + TIMEOUT_MINUTES + " minutes");
            }
            if (process.exitValue() != 0) {
                throw new EmbeddedDatabaseException(failure + ": " + describe(output, input));
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(failure + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException(failure + ": interrupted", e);
        }
    }

    /** The client's "ERROR 1064 (42000) at line 12: ..." as "FILE: line 12: ...". */
    private static String describe(String output, Path input) {
        Matcher error = CLIENT_ERROR_LINE.matcher(output);
        if (input != null && error.find()) {
            return input + ": line " + error.group(1) + ": " + error.group(2);
        }
        return output.isEmpty() ? "no message" : output;
    }
}
