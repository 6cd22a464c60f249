package org.thyrobank.platform;

import java.util.List;

/**
 * A file of a study bundle (or a VCF, or a qPCR plate) that cannot be accepted. Every message names the
 * file and, where there is one, the line and column, the value found and what was expected, so that the
 * CLI and the problem-details handler can show it as it is.
 */
public class BundleFileException extends RuntimeException {

    private final String file;
    private final List<String> problems;

    public BundleFileException(String file, List<String> problems) {
        super(file + ": " + String.join("; ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one problem");
        }
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public static BundleFileException of(String file, String problem) {
        return new BundleFileException(file, List.of(problem));
    }

    /** A cell whose value is not what the column takes. Lines count from 1, the header being line 1. */
    public static BundleFileException badValue(String file, long line, String column, String value, String expected) {
        return of(file, describeBadValue(line, column, value, expected));
    }

    public static String describeBadValue(long line, String column, String value, String expected) {
        return "line " + line + ", column '" + column + "': found '" + value + "', expected " + expected;
    }

    public String file() {
        return file;
    }

    public List<String> problems() {
        return problems;
    }
}
