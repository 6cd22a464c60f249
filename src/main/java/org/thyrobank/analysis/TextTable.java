package org.thyrobank.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for a terminal: a header and rows of cells, two spaces between columns, each column as wide as
 * its widest cell, numbers right-aligned so their digits line up, text left-aligned; no trailing spaces.
 */
final class TextTable {

    enum Align {
        LEFT,
        RIGHT
    }

    private static final String GAP = "  ";

    private final List<Align> aligns = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    /** Columns as {@code name, align, name, align, ...}; the names are the header. */
    TextTable(Object... columns) {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < columns.length; i += 2) {
            header.add((String) columns[i]);
            aligns.add((Align) columns[i + 1]);
        }
        rows.add(header);
    }

    TextTable row(String... cells) {
        if (cells.length != aligns.size()) {
            throw new IllegalArgumentException("a row of " + aligns.size() + " cells, not " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    /** The table's lines, each starting with {@code indent}, each ending with a line break. */
    String render(String indent) {
        int[] widths = new int[aligns.size()];
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int column = 0; column < widths.length; column++) {
                String cell = row.get(column);
                String padding = " ".repeat(widths[column] - cell.length());
                line.append(column == 0 ? "" : GAP);
                line.append(aligns.get(column) == Align.RIGHT ? padding + cell : cell + padding);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
