package org.thyrobank.cli;

import java.nio.file.NoSuchFileException;
import org.thyrobank.platform.BundleFileException;
import org.thyrobank.platform.database.EmbeddedDatabaseException;

/** One readable line for an exception that reached the command line, without a stack trace. */
final class ExceptionMessages {

    private ExceptionMessages() {}

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null
                && root.getCause() != root
                && !(root instanceof BundleFileException)
                && !(root instanceof EmbeddedDatabaseException)) {
            root = root.getCause();
        }
        if (root instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }

    static boolean isBadInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BundleFileException
                    || t instanceof NoSuchFileException
                    || t instanceof IllegalArgumentException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
