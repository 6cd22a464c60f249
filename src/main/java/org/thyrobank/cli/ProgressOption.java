package org.thyrobank.cli;

import java.io.PrintWriter;
import org.thyrobank.platform.importing.ImportProgress;
import picocli.CommandLine.Option;

/** {@code --progress} / {@code --no-progress} of the commands that import a study ({@code import}, {@code demo}). */
final class ProgressOption {

    @Option(
            names = "--progress",
            negatable = true,
            description = "Show the import's progress on stderr, one line updated in place"
                    + " (default: only when run on a terminal).")
    Boolean progress;

    ImportProgress on(PrintWriter err) {
        return TerminalProgress.of(progress, err);
    }
}
