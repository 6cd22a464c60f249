package org.thyrobank.mirna.plate;

import java.util.List;

/**
 * One family of plate exports: it decides from a file's content whether it can read it (as htsjdk's codecs do from
 * the header) and turns it into rows. {@link PlateFormats} asks each in turn.
 */
interface PlateFormat {

    /** The short name stored with the plate ({@code rdml}, {@code quantstudio}, {@code sds-2}, ...), at most 16. */
    String name();

    /** What the file has to look like, for the message that no reader took a file. */
    String expects();

    /** Whether this reader takes the file: only a cheap look at the content, never a full parse. */
    boolean canRead(byte[] content);

    /**
     * The wells of the file. A layout this reader cannot follow (a missing column, unreadable XML) is a
     * {@link PlateFormatException}; the values are checked later, all together.
     */
    Rows read(String file, byte[] content);

    /**
     * @param software what wrote the file, as the file says ({@code QuantStudio 7 Flex, all sections})
     * @param columns  the names the file gives the sample, target and Cq, for messages
     */
    record Rows(String software, List<PlateRow> rows, ColumnNames columns, List<String> warnings) {

        public Rows {
            rows = List.copyOf(rows);
            warnings = List.copyOf(warnings);
        }
    }

    record ColumnNames(String sample, String target, String cq) {}
}
