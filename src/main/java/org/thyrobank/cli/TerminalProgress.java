package org.thyrobank.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.thyrobank.platform.importing.BundlePart;
import org.thyrobank.platform.importing.ImportProgress;

/**
 * An import's progress for a person at a terminal: one line on stderr, "importing 12/28 files:
 * sequencing/R01/T-MI-001.vcf", rewritten in place (carriage return) as each file is taken up and ends, and erased
 * when the import ends. Only when asked ({@code --progress}) or, by default, when the command runs on a terminal:
 * pipes, files and tests get nothing extra.
 */
final class TerminalProgress implements ImportProgress {

    /** Lines are kept within a classic 80-column terminal, so the carriage return rewrites one screen line. */
    static final int WIDTH = 79;

    private static final String ELLIPSIS = "...";

    private final PrintWriter err;
    private int shownLength;

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** {@code asked}: the {@code --progress}/{@code --no-progress} choice, null when neither was given. */
    static ImportProgress of(Boolean asked, PrintWriter err) {
        boolean show = asked != null ? asked : System.console() != null;
        return show ? new TerminalProgress(err) : ImportProgress.NONE;
    }

    @Override
    public void progressed(int filesDone, int filesTotal, BundlePart currentPart, String currentFile) {
        if (currentPart == null) {
            erase();
        } else {
            show(line(filesDone, filesTotal, currentPart, currentFile));
        }
    }

    /** The progress line, at most {@link #WIDTH} characters: a long path keeps its end (the file's name). */
    static String line(int filesDone, int filesTotal, BundlePart part, String file) {
        String head = "importing " + filesDone + "/" + filesTotal + " files: ";
        String what = file != null ? file : part.name().toLowerCase(Locale.ROOT);
        int room = WIDTH - head.length();
        if (what.length() > room) {
            what = ELLIPSIS + what.substring(what.length() - (room - ELLIPSIS.length()));
        }
        return head + what;
    }

    private void show(String line) {
        // Spaces over what is left of a longer earlier line.
        err.print("\r" + line + " ".repeat(Math.max(0, shownLength - line.length())));
        err.flush();
        shownLength = line.length();
    }

    private void erase() {
        if (shownLength > 0) {
            err.print("\r" + " ".repeat(shownLength) + "\r");
            err.flush();
            shownLength = 0;
        }
    }
}
