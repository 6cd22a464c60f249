package org.thyrobank.mirna.plate;

import org.thyrobank.platform.BundleFileException;

/**
 * One well as a format reader found it, its values still text, and where it was: a line of a text file
 * ({@code line} > 0) or an XML element ({@code element}).
 */
record PlateRow(long line, String element, String specimenId, String assay, String cq, String well, String runId) {

    PlateRow {
        if ((line > 0) == (element != null)) {
            throw new IllegalArgumentException("a plate row is either on a line or in an element");
        }
    }

    static PlateRow onLine(long line, String specimenId, String assay, String cq, String well, String runId) {
        return new PlateRow(line, null, specimenId, assay, cq, well, runId);
    }

    static PlateRow inElement(String element, String specimenId, String assay, String cq, String well, String runId) {
        return new PlateRow(0, element, specimenId, assay, cq, well, runId);
    }

    /** A problem with one of this row's values, naming the line (or element), the column and the value. */
    String problem(String column, String value, String expected) {
        if (line > 0) {
            return BundleFileException.describeBadValue(line, column, value, expected);
        }
        return "element " + element + ", " + column + ": found '" + value + "', expected " + expected;
    }

    String place() {
        return line > 0 ? "line " + line : "element " + element;
    }
}
