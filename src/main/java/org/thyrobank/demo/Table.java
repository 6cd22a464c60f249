package org.thyrobank.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A CSV table as the bundle wants it: a header row, comma-separated, empty cell for missing. */
final class Table {

    private final int columns;
    private final List<String> lines = new ArrayList<>();

    Table(String... header) {
        columns = header.length;
        lines.add(String.join(",", header));
    }

    /** Adds a row; {@code null} is an empty cell, everything else is written as its text. */
    void add(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells for " + columns + " columns");
        }
        lines.add(Arrays.stream(cells).map(c -> c == null ? "" : c.toString()).collect(Collectors.joining(",")));
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    static String decimal(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
