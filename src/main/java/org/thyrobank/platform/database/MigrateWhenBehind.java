package org.thyrobank.platform.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The schema's migration in the context that {@code status} and {@code report} start from in AOT mode
 * (src/aot/status-report.properties, which leaves Spring Boot's Flyway auto-configuration out of it): when the
 * migration history already holds exactly the jar's migrations, each applied successfully with the checksum of the
 * file in the jar, only the application account's grants are checked (and given where they differ, as after a
 * restore); otherwise Flyway migrates as it does in every other command, validation,
 * the application account's grants ({@link ApplicationAccountGrants}) and its errors included. Making Flyway and
 * validating its history were about 0.3 s of every start of these two commands on a current schema
 * (docs/performance.md); the comparison is one query.
 *
 * <p>Mappers, the Spring Batch repository and the other beans that need the schema wait for it as they would for
 * Flyway ({@link Detector}, META-INF/spring.factories).
 */
@Component
@ConditionalOnBooleanProperty(MigrateWhenBehind.PROPERTY)
public class MigrateWhenBehind implements InitializingBean {

    /** Set in src/aot/status-report.properties only. */
    static final String PROPERTY = "thyrobank.database.migrate-when-behind";

    /** Flyway's default file names for versioned SQL migrations: V{version}__{description}.sql. */
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__(.+)\\.sql");

    private final Environment environment;
    private final List<Callback> callbacks;
    private final ApplicationAccountGrants grants;

    /** The data source is asked for so that the embedded server is ready (it is made after the server's start). */
    public MigrateWhenBehind(
            Environment environment, List<Callback> callbacks, ApplicationAccountGrants grants, DataSource ready) {
        this.environment = environment;
        this.callbacks = callbacks;
        this.grants = grants;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        String url = environment.getRequiredProperty("spring.datasource.url");
        String user =
                environment.getProperty("spring.flyway.user", environment.getProperty("spring.datasource.username"));
        String password = environment.getProperty(
                "spring.flyway.password", environment.getProperty("spring.datasource.password", ""));
        String table = environment.getProperty("spring.flyway.table", "flyway_schema_history");
        String[] locations = environment.getProperty(
                "spring.flyway.locations", String[].class, new String[] {"classpath:db/migration"});
        Set<Migration> available = available(locations, getClass().getClassLoader());
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            if (onlyTheGrantsCallback(callbacks) && isCurrent(connection, table, available)) {
                grants.grantWhereDiffering(connection, table); // what Flyway's callback would have done
                return;
            }
        }
        Flyway.configure(getClass().getClassLoader())
                .dataSource(url, user, password)
                .locations(locations)
                .table(table)
                .callbacks(callbacks.toArray(Callback[]::new))
                .load()
                .migrate();
    }

    /**
     * Whether the grants are Flyway's only callback, the one this class knows to run itself on a current schema. A
     * callback added later would be skipped silently: with one, Flyway runs at every start as before.
     */
    static boolean onlyTheGrantsCallback(List<Callback> callbacks) {
        return callbacks.stream().allMatch(ApplicationAccountGrants.class::isInstance);
    }

    /** One applied or available versioned migration, as Flyway's history records it. */
    record Migration(String version, String description, int checksum) {}

    /**
     * Whether the history holds exactly {@code available} and nothing else, every row a success. A history with
     * anything this cannot vouch for (a failed or undone migration, a baseline, a repeatable or Java migration) is
     * not current: Flyway then decides.
     */
    static boolean isCurrent(Connection connection, String table, Set<Migration> available) throws SQLException {
        if (available.isEmpty() || !exists(connection, table)) {
            return false;
        }
        Set<Migration> applied = new HashSet<>();
        try (PreparedStatement query =
                        connection.prepareStatement("SELECT version, description, type, checksum, success FROM `"
                                + table.replace("`", "``") + "`");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String type = rows.getString("type");
                if ("SCHEMA".equals(type)) {
                    continue; // Flyway's note that it created the schema: no migration
                }
                int checksum = rows.getInt("checksum");
                boolean noChecksum = rows.wasNull();
                if (!"SQL".equals(type) || noChecksum || !rows.getBoolean("success")) {
                    return false;
                }
                applied.add(new Migration(rows.getString("version"), rows.getString("description"), checksum));
            }
        }
        return applied.equals(available);
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet tables = metaData.getTables(connection.getCatalog(), null, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    /** The versioned SQL migrations in {@code locations}; a file of another kind makes the set empty (not current). */
    static Set<Migration> available(String[] locations, ClassLoader classLoader) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
        Set<Migration> migrations = new HashSet<>();
        try {
            for (String location : locations) {
                for (Resource file : resolver.getResources(location + "/**/*.sql")) {
                    Matcher name = VERSIONED.matcher(file.getFilename());
                    if (!name.matches()) {
                        return Set.of();
                    }
                    migrations.add(new Migration(
                            name.group(1).replace('_', '.'), name.group(2).replace('_', ' '), checksum(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return migrations;
    }

    /**
     * Flyway's checksum of a migration file: the CRC-32 of its lines' UTF-8 bytes without their line endings, a
     * byte-order mark dropped, as a signed int.
     */
    static int checksum(Resource file) throws IOException {
        CRC32 crc = new CRC32();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String line = lines.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = lines.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }

    /** Makes the beans that need the schema wait for this one, as Spring Boot's detector does for Flyway. */
    static final class Detector extends AbstractBeansOfTypeDatabaseInitializerDetector {

        @Override
        protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
            return Set.of(MigrateWhenBehind.class);
        }
    }
}
