package org.thyrobank.platform.database;

/** The embedded MariaDB could not be installed, started or reached; the message says what to look at. */
public class EmbeddedDatabaseException extends RuntimeException {

    EmbeddedDatabaseException(String message) {
        super(message);
    }

    EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
