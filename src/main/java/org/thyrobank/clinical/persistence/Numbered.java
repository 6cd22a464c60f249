package org.thyrobank.clinical.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A row with its place in its file or list (1-based), as the tables keep it in {@code row_no}. */
public record Numbered<T>(int rowNo, T row) {

    public Numbered {
        Objects.requireNonNull(row, "row");
    }

    /** The rows numbered in list order. */
    public static <T> List<Numbered<T>> of(List<T> rows) {
        List<Numbered<T>> numbered = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            numbered.add(new Numbered<>(i + 1, rows.get(i)));
        }
        return numbered;
    }
}
