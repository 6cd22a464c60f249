package org.thyrobank.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;
import org.thyrobank.platform.database.MigrateWhenBehind.Migration;
import org.thyrobank.platform.database.TestDatabases.FreshDatabase;
import org.thyrobank.platform.database.TestDatabases.Server;

/**
 * The comparison that lets {@code status} and {@code report} skip Flyway: current only when the history holds
 * exactly the jar's migrations, as Flyway itself recorded them (versions, descriptions, checksums), every one a
 * success. Anything else leaves the decision to Flyway.
 */
class MigrateWhenBehindTests {

    private static final String HISTORY = "flyway_schema_history";
    private static final String[] LOCATIONS = {"classpath:db/migration"};

    private final Set<Migration> available =
            MigrateWhenBehind.available(LOCATIONS, getClass().getClassLoader());

    @Test
    void theJarsMigrationsAreReadAsFlywayRecordsThem() {
        assertThat(available).hasSizeGreaterThan(20);
        assertThat(available).anySatisfy(m -> {
            assertThat(m.version()).isEqualTo("1");
            assertThat(m.description()).isEqualTo("spring batch");
        });
    }

    @Test
    void aSchemaFlywayJustMigratedIsCurrentAndAnyChangeToItsHistoryIsNot() throws Exception {
        Server server = TestDatabases.embeddedServer();
        try (FreshDatabase db = server.freshDatabase();
                Connection c = server.connect(db.url());
                Statement s = c.createStatement()) {
            assertThat(MigrateWhenBehind.isCurrent(c, HISTORY, available))
                    .as("no history yet")
                    .isFalse();
            Flyway.configure()
                    .dataSource(db.url(), server.user(), server.password())
                    .locations(LOCATIONS)
                    .load()
                    .migrate();
            assertThat(MigrateWhenBehind.isCurrent(c, HISTORY, available))
                    .as("Flyway's own checksums and descriptions match ours")
                    .isTrue();

            s.execute("UPDATE " + HISTORY + " SET checksum = checksum + 1 WHERE version = '3'");
            assertThat(MigrateWhenBehind.isCurrent(c, HISTORY, available))
                    .as("a migration file edited since it was applied")
                    .isFalse();
            s.execute("UPDATE " + HISTORY + " SET checksum = checksum - 1 WHERE version = '3'");

            s.execute("UPDATE " + HISTORY + " SET success = 0 WHERE version = '3'");
            assertThat(MigrateWhenBehind.isCurrent(c, HISTORY, available))
                    .as("a failed migration")
                    .isFalse();
            s.execute("UPDATE " + HISTORY + " SET success = 1 WHERE version = '3'");
            assertThat(MigrateWhenBehind.isCurrent(c, HISTORY, available)).isTrue();

            s.execute("INSERT INTO " + HISTORY + " (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) SELECT MAX(installed_rank) + 1, '999', 'from a newer"
                    + " build', 'SQL', 'V999__from_a_newer_build.sql', 1, 'root', 1, 1 FROM " + HISTORY);
            assertThat(MigrateWhenBehind.isCurrent(c, HISTORY, available))
                    .as("a migration this jar does not have")
                    .isFalse();
            s.execute("DELETE FROM " + HISTORY + " WHERE version = '999'");

            s.execute("DELETE FROM " + HISTORY + " WHERE installed_rank = (SELECT MAX(installed_rank) FROM "
                    + "(SELECT installed_rank FROM " + HISTORY + ") h)");
            assertThat(MigrateWhenBehind.isCurrent(c, HISTORY, available))
                    .as("the jar's newest migration not applied yet")
                    .isFalse();
        }
    }

    @Test
    void aFlywayCallbackOtherThanTheGrantsMakesFlywayRun() {
        ApplicationAccountGrants grants = new ApplicationAccountGrants("thyrobank_app");
        assertThat(MigrateWhenBehind.onlyTheGrantsCallback(List.of(grants))).isTrue();
        assertThat(MigrateWhenBehind.onlyTheGrantsCallback(List.of(grants, new BaseCallback() {
                    @Override
                    public void handle(Event event, Context context) {}
                })))
                .isFalse();
    }

    @Test
    void aFolderWithAMigrationOfAnotherKindIsNeverCurrent() {
        assertThat(MigrateWhenBehind.available(
                        new String[] {"classpath:org/thyrobank/platform/database/migrations-of-another-kind"},
                        getClass().getClassLoader()))
                .isEmpty();
    }
}
