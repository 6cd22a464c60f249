package org.thyrobank.platform.database;

import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.thyrobank.cli.SpringContexts;

/** The application context on a fresh database of one test server; closing it drops the database. */
public final class TestApplication implements AutoCloseable {

    private final TestDatabases.FreshDatabase database;
    private final ConfigurableApplicationContext context;

    private TestApplication(TestDatabases.FreshDatabase database, ConfigurableApplicationContext context) {
        this.database = database;
        this.context = context;
    }

    public static TestApplication start(TestDatabases.Server server) {
        return start(server, WebApplicationType.NONE, Map.of());
    }

    public static TestApplication start(
            TestDatabases.Server server, WebApplicationType type, Map<String, Object> properties) {
        TestDatabases.FreshDatabase database = server.freshDatabase();
        try {
            return new TestApplication(database, SpringContexts.start(database.database(), type, properties));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public String jdbcUrl() {
        return database.url();
    }

    /** For a command run with {@code --db-url jdbcUrl()} (the user is root). */
    public String databasePassword() {
        return database.password();
    }

    @Override
    public void close() {
        context.close();
        database.close();
    }
}
