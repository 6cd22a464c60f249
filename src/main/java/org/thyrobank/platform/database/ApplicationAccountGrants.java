package org.thyrobank.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * After each migration (run as root), grants the embedded server's application account what the service does
 * with each table and nothing more: no DDL, no GRANT, and on {@code audit_event} only SELECT and INSERT, so the
 * service cannot rewrite its own audit trail. MariaDB cannot take a table back out of a database-wide grant,
 * hence one grant per table, the tables a new migration adds included. An external database keeps the
 * operator's account ({@link OpenDatabase#external}): no account is named and this callback does nothing (a runtime
 * check rather than a condition on the bean, which the build's AOT processing would fix for every database).
 *
 * <p>Flyway calls it at every start, pending migrations or not. When the account already holds exactly these
 * privileges (one query of {@code information_schema.TABLE_PRIVILEGES}), nothing is granted: the 30-odd GRANT
 * statements were a visible part of the start-up of every command on a current schema.
 */
@Component
public class ApplicationAccountGrants implements Callback {

    static final String AUDIT_TABLE = "audit_event";
    private static final String EVERY_ROW_OPERATION = "SELECT, INSERT, UPDATE, DELETE";
    private static final String APPEND_ONLY = "SELECT, INSERT";
    /** Spring Batch inserts and updates its job records (and draws ids from its sequences), it never deletes. */
    private static final String SPRING_BATCH = "SELECT, INSERT, UPDATE";

    /** Null on an external database. */
    private final String account;

    public ApplicationAccountGrants(@Value("${" + OpenDatabase.APPLICATION_USER_PROPERTY + ":}") String user) {
        this.account =
                user.isBlank() ? null : "'" + user.replace("'", "''") + "'@'" + EmbeddedMariaDb.APPLICATION_HOST + "'";
    }

    @Override
    public boolean supports(Event event, Context context) {
        return account != null && event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            grantWhereDiffering(
                    context.getConnection(), context.getConfiguration().getTable());
        } catch (IllegalStateException e) {
            throw new FlywayException(e.getMessage(), e.getCause());
        }
    }

    /**
     * Grants the account its privileges unless it holds exactly them already; nothing on an external database.
     * Also called on a schema found current without Flyway ({@link MigrateWhenBehind}): a restored backup's
     * new data directory has the account but not its grants.
     */
    void grantWhereDiffering(Connection connection, String historyTable) {
        if (account == null) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            String schema = connection.getCatalog();
            Map<String, Set<String>> wanted = new HashMap<>();
            for (String table : tables(connection, schema)) {
                String privileges = privilegesOn(table, historyTable);
                if (privileges != null) {
                    wanted.put(table, Set.of(privileges.split(", ")));
                }
            }
            if (wanted.equals(granted(connection, schema))) {
                return;
            }
            for (Map.Entry<String, Set<String>> table : wanted.entrySet()) {
                s.execute("GRANT " + String.join(", ", table.getValue()) + " ON `" + schema + "`.`" + table.getKey()
                        + "` TO " + account);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot grant the application account " + account + " its privileges: " + e.getMessage(), e);
        }
    }

    /** Null for the migration history, which only Flyway (as root) touches. */
    static String privilegesOn(String table, String historyTable) {
        if (table.equalsIgnoreCase(historyTable)) {
            return null;
        }
        if (table.equalsIgnoreCase(AUDIT_TABLE)) {
            return APPEND_ONLY;
        }
        return table.toUpperCase(Locale.ROOT).startsWith("BATCH_") ? SPRING_BATCH : EVERY_ROW_OPERATION;
    }

    /** The account's privileges now, table by table. */
    private Map<String, Set<String>> granted(Connection connection, String schema) throws SQLException {
        Map<String, Set<String>> granted = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT TABLE_NAME, PRIVILEGE_TYPE"
                + " FROM information_schema.TABLE_PRIVILEGES WHERE GRANTEE = ? AND TABLE_SCHEMA = ?")) {
            query.setString(1, account);
            query.setString(2, schema);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    granted.computeIfAbsent(rs.getString(1), t -> new HashSet<>())
                            .add(rs.getString(2));
                }
            }
        }
        return granted;
    }

    private static List<String> tables(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?")) {
            query.setString(1, schema);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    @Override
    public String getCallbackName() {
        return "thyrobank application account grants";
    }
}
