package org.thyrobank.mirna.plate;

import java.util.List;

/** One plate export format: recognises its files by their content and turns them into rows. */
interface PlateFormat {

    /** The name reported with the plate ({@code long-csv}, {@code quantstudio}, {@code rdml}). */
    String name();

    /** Whether this format's reader takes a file that starts with {@code head} (up to the first 4 KiB). */
    boolean canRead(byte[] head);

    /**
     * The rows of the file. Problems with the layout (missing columns, unreadable XML) are thrown as a
     * {@link org.thyrobank.platform.BundleFileException}; the values are checked later, all together.
     */
    Rows read(String file, byte[] content);

    /** @param columns the names the file gives the specimen, assay and Cq, for messages */
    record Rows(List<PlateRow> rows, ColumnNames columns, List<String> warnings) {

        public Rows {
            rows = List.copyOf(rows);
            warnings = List.copyOf(warnings);
        }
    }

    record ColumnNames(String specimen, String assay, String cq) {}
}
