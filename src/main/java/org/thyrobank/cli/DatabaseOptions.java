package org.thyrobank.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every database command takes: an external MariaDB by URL, or the embedded one in a data directory. */
public final class DatabaseOptions {

    @Option(
            names = "--db-url",
            defaultValue = "${env:THYROBANK_DB_URL}",
            description = "JDBC URL of an external MariaDB (jdbc:mariadb://host:port/database); the database is created"
                    + " when missing. Default: $THYROBANK_DB_URL, else the embedded server.")
    String url;

    @Option(
            names = "--db-user",
            defaultValue = "${env:THYROBANK_DB_USER:-root}",
            description = "User for --db-url (default: $THYROBANK_DB_USER, else root).")
    String user;

    @Option(
            names = "--db-password",
            defaultValue = "${env:THYROBANK_DB_PASSWORD:-}",
            description = "Password for --db-url (default: $THYROBANK_DB_PASSWORD, else empty).")
    String password;

    @Option(
            names = "--data-dir",
            defaultValue = "${env:THYROBANK_DATA_DIR:-./thyrobank-data}",
            description = "Where the embedded MariaDB keeps its data between runs (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
