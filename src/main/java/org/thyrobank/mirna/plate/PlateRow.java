package org.thyrobank.mirna.plate;

import org.thyrobank.platform.BundleFileException;

/**
 * One well as a format reader found it, its values still text as the file has them (a decimal comma already made a
 * point), and where it was: a line of a text file ({@code line} > 0) or an XML element ({@code element}).
 *
 * @param sample the file's sample name: a specimen id, or the lab's label that {@code qpcr/sample-map.csv} maps
 * @param target the file's target (assay, detector) name, before the panel's aliases are applied
 * @param control a control or standard well (an NTC, a dilution series), read but not stored as a specimen's
 */
record PlateRow(
        long line,
        String element,
        String sample,
        String target,
        String cq,
        String well,
        String runId,
        boolean control) {

    PlateRow {
        if ((line > 0) == (element != null)) {
            throw new IllegalArgumentException("a plate row is either on a line or in an element");
        }
    }

    static PlateRow onLine(long line, String sample, String target, String cq, String well, String runId) {
        return new PlateRow(line, null, sample, target, cq, well, runId, false);
    }

    static PlateRow inElement(String element, String sample, String target, String cq, String well, String runId) {
        return new PlateRow(0, element, sample, target, cq, well, runId, false);
    }

    /** This row marked as a control or standard when {@code control} holds. */
    PlateRow control(boolean control) {
        return new PlateRow(line, element, sample, target, cq, well, runId, control);
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
