package org.thyrobank.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbTests {

    @TempDir
    Path tempDir;

    @Test
    void keepsItsDataAcrossRestartsEvenBelowTheSystemTempDir() throws Exception {
        Path dataDir = tempDir.resolve("data");
        long pid;
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir)) {
            pid = db.pid();
            execute(db, "CREATE TABLE kept (v INT)", "INSERT INTO kept VALUES (42)");
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .as("server stopped")
                .isFalse();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir)) {
            assertThat(queryInt(db, "SELECT v FROM kept")).isEqualTo(42);
        }
    }

    @Test
    void listensOnAFreePortThatIsNever3306() {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(tempDir.resolve("data"))) {
            assertThat(db.port()).isNotEqualTo(3306).isPositive();
            assertThat(db.jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:" + db.port() + "/thyrobank");
        }
    }

    @Test
    void refusesADataDirThatAnotherProcessOwns() {
        Path dataDir = tempDir.resolve("data");
        try (EmbeddedMariaDb ignored = EmbeddedMariaDb.start(dataDir)) {
            assertThatThrownBy(() -> EmbeddedMariaDb.start(dataDir))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining("in use by another thyrobank process");
        }
    }

    @Test
    void recoversFromAServerLeftRunningByAKilledRun() throws Exception {
        Path dataDir = tempDir.resolve("data");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir)) {
            execute(db, "CREATE TABLE kept (v INT)", "INSERT INTO kept VALUES (7)");
        }
        Process crashed = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        StartAndHang.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        long orphan;
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(crashed.getInputStream())).lines()) {
            String ready =
                    lines.filter(line -> line.startsWith("ready ")).findFirst().orElseThrow();
            orphan = Long.parseLong(ready.substring("ready ".length()));
        }
        crashed.destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                .as("orphan still running")
                .isTrue();

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir)) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                    .as("orphan stopped")
                    .isFalse();
            assertThat(queryInt(db, "SELECT v FROM kept")).isEqualTo(7);
        }
    }

    @Test
    void anOpenDatabaseHandsOutItsUrlOnlyOnceTheServerIsReady() throws Exception {
        // embedded() returns while the server starts; a fresh data directory has no thyrobank database until then
        try (OpenDatabase db = OpenDatabase.embedded(tempDir.resolve("data"));
                Connection c = DriverManager.getConnection(db.url(), db.ownerUser(), db.ownerPassword());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(EmbeddedMariaDb.DATABASE);
        }
    }

    @Test
    void closedWhileStillStartingItStopsTheServerAndLeavesNoPasswordsBehind() throws Exception {
        Path dataDir = tempDir.resolve("data");
        EmbeddedMariaDb.start(dataDir).close(); // installed, so that the next launch is a plain start
        EmbeddedMariaDb starting = EmbeddedMariaDb.launch(dataDir);
        long pid = starting.pid();
        starting.close();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .as("server stopped")
                .isFalse();
        assertThat(dataDir.resolve("set-accounts.sql")).doesNotExist();
        try (EmbeddedMariaDb again = EmbeddedMariaDb.start(dataDir)) {
            assertThat(queryInt(again, "SELECT 1")).isEqualTo(1);
        }
    }

    @Test
    void aServerThatExitsAtStartIsExplainedToWhoeverWaitsForIt() throws Exception {
        Path dataDir = tempDir.resolve("data");
        EmbeddedMariaDb.start(dataDir).close();
        Path server = dataDir.resolve("server")
                .resolve(EmbeddedMariaDb.SERVER_VERSION)
                .resolve("bin/mariadbd");
        Files.writeString(server, "#!/bin/sh\necho 'cannot start: broken on purpose'\nexit 3\n");
        try (OpenDatabase db = OpenDatabase.embedded(dataDir)) {
            assertThatThrownBy(db::awaitReady)
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining("exited at start (code 3)")
                    .hasMessageContaining("broken on purpose");
            assertThatThrownBy(db::url).as("again, to a later caller").isInstanceOf(EmbeddedDatabaseException.class);
        }
    }

    @Test
    void explainsWhenTheDataDirCannotBeCreated() throws Exception {
        Path aFile = Files.writeString(tempDir.resolve("not-a-dir"), "x");
        assertThatThrownBy(() -> EmbeddedMariaDb.start(aFile.resolve("data")))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("cannot prepare data directory");
    }

    private static Connection asRoot(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(
                db.jdbcUrl(), "root", db.credentials().rootPassword());
    }

    private static void execute(EmbeddedMariaDb db, String... statements) throws SQLException {
        try (Connection c = asRoot(db);
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static int queryInt(EmbeddedMariaDb db, String sql) throws SQLException {
        try (Connection c = asRoot(db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
