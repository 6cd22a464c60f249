package org.thyrobank.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nobody but the data directory's owner reaches the embedded server (issue 13, finding 1). */
class EmbeddedMariaDbSecurityTests {

    @TempDir
    Path tempDir;

    @Test
    void refusesRootWithoutThePasswordOverTcpAndOverTheSocketInsideTheDataDir() throws Exception {
        Path dataDir = tempDir.resolve("data");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir)) {
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "root", "")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), EmbeddedCredentials.APPLICATION_USER, "")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");

            assertThat(db.socketFile()).startsWith(dataDir.toAbsolutePath()).exists();
            ClientRun withoutPassword = client(dataDir, db.socketFile(), null);
            assertThat(withoutPassword.exitCode()).as(withoutPassword.output()).isNotZero();
            assertThat(withoutPassword.output()).contains("Access denied");
            ClientRun withPassword =
                    client(dataDir, db.socketFile(), db.credentials().rootPassword());
            assertThat(withPassword.exitCode()).as(withPassword.output()).isZero();
        }
    }

    @Test
    void keepsTheDataDirAt0700AndTheCredentialsAt0600AndPutsRightWhatWasWidened() throws Exception {
        Path dataDir = tempDir.resolve("data");
        Path credentials = dataDir.resolve(EmbeddedCredentials.FILE_NAME);
        try (EmbeddedMariaDb ignored = EmbeddedMariaDb.start(dataDir)) {
            assertThat(permissions(dataDir)).isEqualTo("rwx------");
            assertThat(permissions(credentials)).isEqualTo("rw-------");
            assertThat(dataDir.resolve("set-accounts.sql"))
                    .as("the passwords' init file is gone once the server is up")
                    .doesNotExist();
        }
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-r--r--"));
        try (EmbeddedMariaDb ignored = EmbeddedMariaDb.start(dataDir)) {
            assertThat(permissions(dataDir)).isEqualTo("rwx------");
            assertThat(permissions(credentials)).isEqualTo("rw-------");
        }
    }

    @Test
    void aRestartReusesTheCredentialsFile() throws Exception {
        Path dataDir = tempDir.resolve("data");
        EmbeddedCredentials first;
        String fileAtFirstStart;
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir)) {
            first = db.credentials();
            fileAtFirstStart = Files.readString(dataDir.resolve(EmbeddedCredentials.FILE_NAME));
        }
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir)) {
            assertThat(db.credentials()).usingRecursiveComparison().isEqualTo(first);
            assertThat(Files.readString(dataDir.resolve(EmbeddedCredentials.FILE_NAME)))
                    .isEqualTo(fileAtFirstStart);
            assertThat(currentUser(db, first.applicationUser(), first.applicationPassword()))
                    .isEqualTo(EmbeddedCredentials.APPLICATION_USER + "@127.0.0.1");
            assertThat(currentUser(db, "root", first.rootPassword())).isEqualTo("root@127.0.0.1");
        }
    }

    @Test
    void aDataDirFromBeforeThePasswordsGetsThemAtItsNextStartAndKeepsItsData() throws Exception {
        Path dataDir = tempDir.resolve("data");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir);
                Connection c = DriverManager.getConnection(
                        db.jdbcUrl(), "root", db.credentials().rootPassword());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v INT)");
            s.execute("INSERT INTO kept VALUES (5)");
            // as the server was before this change: root without a password, no application account
            s.execute("ALTER USER 'root'@'localhost' IDENTIFIED BY ''");
            s.execute("ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY ''");
            s.execute("DROP USER '" + EmbeddedCredentials.APPLICATION_USER + "'@'127.0.0.1'");
        }
        Files.delete(dataDir.resolve(EmbeddedCredentials.FILE_NAME));

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir)) {
            assertThat(dataDir.resolve(EmbeddedCredentials.FILE_NAME)).exists();
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "root", "")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
            try (Connection c = DriverManager.getConnection(
                            db.jdbcUrl(), "root", db.credentials().rootPassword());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(5);
            }
            EmbeddedCredentials credentials = db.credentials();
            assertThat(currentUser(db, credentials.applicationUser(), credentials.applicationPassword()))
                    .isEqualTo(EmbeddedCredentials.APPLICATION_USER + "@127.0.0.1");
        }
    }

    @Test
    void leavesNoAccountThatNeedsNoPassword() throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(tempDir.resolve("data"));
                Connection c = DriverManager.getConnection(
                        db.jdbcUrl(), "root", db.credentials().rootPassword());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT CONCAT(User, '@', Host) FROM mysql.global_priv"
                        + " WHERE IFNULL(JSON_VALUE(Priv, '$.account_locked'), '0') NOT IN ('1', 'true')"
                        + " AND IFNULL(JSON_VALUE(Priv, '$.authentication_string'), '') = ''")) {
            List<String> open = new ArrayList<>();
            while (rs.next()) {
                open.add(rs.getString(1));
            }
            assertThat(open).isEmpty();
        }
    }

    @Test
    void aDamagedCredentialsFileIsNamedNotGuessedAround() throws Exception {
        Path dataDir = tempDir.resolve("data");
        try (EmbeddedMariaDb ignored = EmbeddedMariaDb.start(dataDir)) {
            // a first start makes the file
        }
        Path credentials = dataDir.resolve(EmbeddedCredentials.FILE_NAME);
        Files.writeString(credentials, "app.user=thyrobank_app\n");
        assertThatThrownBy(() -> EmbeddedMariaDb.start(dataDir))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining(credentials.toString())
                .hasMessageContaining("root.password");
    }

    /** Without a database in the URL: before the first migration the application account may use none. */
    private static String currentUser(EmbeddedMariaDb db, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + db.port() + "/", user, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT CURRENT_USER()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private record ClientRun(int exitCode, String output) {}

    /** The MariaDB command-line client shipped with the server, connecting through the unix socket. */
    private static ClientRun client(Path dataDir, Path socket, String password) throws Exception {
        Path client = dataDir.resolve("server")
                .resolve(EmbeddedMariaDb.SERVER_VERSION)
                .resolve("bin/mariadb");
        List<String> command = new ArrayList<>(
                List.of(client.toString(), "--no-defaults", "--skip-ssl", "--socket=" + socket, "--user=root"));
        if (password != null) {
            command.add("--password=" + password);
        }
        command.addAll(List.of("-e", "SELECT 1"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new ClientRun(process.waitFor(), output);
    }
}
