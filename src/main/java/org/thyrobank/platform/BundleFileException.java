package org.thyrobank.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * A file of a study bundle (or a VCF, or a qPCR plate) that cannot be accepted. Every message names the
 * file and, where there is one, the line and column, the value found and what was expected, so that the
 * CLI and the problem-details handler can show it as it is. At most {@link #LISTED_PROBLEMS} problems are
 * listed, then {@code ... and N more problems (M in all)}, so that no rejection overflows a message or a column.
 */
public class BundleFileException extends RuntimeException {

    public static final int LISTED_PROBLEMS = 50;

    private final String file;
    private final List<String> problems;

    public BundleFileException(String file, List<String> problems) {
        this(file, problems, problems.size());
    }

    /**
     * For a reader that counts every problem but keeps only the first ones.
     *
     * @param firstProblems the first problems found (those past {@link #LISTED_PROBLEMS} are dropped)
     * @param count         how many were found in all
     */
    public BundleFileException(String file, List<String> firstProblems, int count) {
        this(file, listed(firstProblems, count));
    }

    private BundleFileException(String file, ListedProblems problems) {
        super(file + ": " + String.join("; ", problems.lines()));
        this.file = file;
        this.problems = problems.lines();
    }

    private record ListedProblems(List<String> lines) {}

    private static ListedProblems listed(List<String> firstProblems, int count) {
        if (firstProblems.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one problem");
        }
        if (count < firstProblems.size()) {
            throw new IllegalArgumentException("a count of " + count + " for " + firstProblems.size() + " problems");
        }
        if (count <= LISTED_PROBLEMS) {
            return new ListedProblems(List.copyOf(firstProblems));
        }
        List<String> lines = new ArrayList<>(firstProblems.subList(0, Math.min(LISTED_PROBLEMS, firstProblems.size())));
        lines.add("... and " + (count - lines.size()) + " more problems (" + count + " in all)");
        return new ListedProblems(List.copyOf(lines));
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
