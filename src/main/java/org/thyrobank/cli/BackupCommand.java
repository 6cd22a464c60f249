package org.thyrobank.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.thyrobank.platform.database.EmbeddedDumps;
import org.thyrobank.platform.database.OpenDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = "Writes the embedded database (--data-dir) to FILE with the bundled server's mariadb-dump: every"
                + " table and row, the imported files' bytes included, taken in one transaction. `restore FILE"
                + " --data-dir NEW_DIR` brings it back.")
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file to write (an SQL dump).")
    Path file;

    @Override
    public Integer call() {
        if (database.external()) {
            throw new IllegalArgumentException("backup works on the embedded database (--data-dir), not on --db-url;"
                    + " for an external server use its own mariadb-dump");
        }
        try (OpenDatabase db = SpringContexts.open(database)) {
            EmbeddedDumps.backup(db, database.dataDir, file);
        }
        spec.commandLine().getOut().println(file.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
