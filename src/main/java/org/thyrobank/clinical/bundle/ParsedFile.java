package org.thyrobank.clinical.bundle;

import java.util.List;

/**
 * The rows read from one file with their line numbers, and the problems found in it so far. {@code present} is
 * false for a file the bundle does not hold: checks against it are left out.
 */
record ParsedFile<T>(String file, boolean present, List<Line<T>> lines, Problems problems) {

    /** A record and the line it came from (the header being line 1). */
    record Line<T>(long number, T row) {}

    static <T> ParsedFile<T> absent(String file) {
        return new ParsedFile<>(file, false, List.of(), new Problems());
    }

    List<T> rows() {
        return lines.stream().map(Line::row).toList();
    }
}
