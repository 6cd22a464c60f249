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
        name = "restore",
        mixinStandardHelpOptions = true,
        description = "Loads a file written by `backup` into the embedded database of --data-dir, which must be new"
                + " (or hold no tables): the other commands then work on that data directory as on the original.")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file, as `backup` wrote it.")
    Path file;

    @Override
    public Integer call() {
        if (database.external()) {
            throw new IllegalArgumentException("restore loads into the embedded database (--data-dir), not into"
                    + " --db-url; for an external server use its own mariadb client");
        }
        try (OpenDatabase db = SpringContexts.open(database)) {
            EmbeddedDumps.restore(db, database.dataDir, file);
        }
        spec.commandLine()
                .getOut()
                .println("restored " + file.toAbsolutePath() + " into " + database.dataDir.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
