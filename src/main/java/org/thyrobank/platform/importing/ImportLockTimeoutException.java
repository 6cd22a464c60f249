package org.thyrobank.platform.importing;

import java.time.Duration;

/** Another import held a file's lock for longer than an import waits for it; nothing of the file was changed. */
public class ImportLockTimeoutException extends RuntimeException {

    ImportLockTimeoutException(String relativePath, Duration wait) {
        super("another import held " + relativePath + " for longer than the " + wait.toSeconds()
                + " s an import waits (wait-seconds in batch-jobs/" + ImportLocks.SETTINGS
                + ".properties); nothing of it was changed: import it again when that import has ended");
    }
}
