package org.thyrobank.mirna.plate;

import java.util.Objects;
import org.thyrobank.platform.BundleFileException;

/**
 * One well as a format reader found it, its values still text as the file has them (a decimal comma already made a
 * point), and where it was: a line of a text file ({@code line} > 0) or an XML element ({@code element}).
 *
 * @param sample the file's sample name: a specimen id, or the lab's label that {@code qpcr/sample-map.csv} maps
 * @param target the file's target (assay, detector) name, before the panel's aliases are applied
 * @param role    a specimen's well, a no-template control (stored apart, for the NTC check) or another control or
 *                standard (a dilution series), read but not stored
 */
record PlateRow(
        long line,
        String element,
        String sample,
        String target,
        String cq,
        String well,
        String runId,
        WellTasks.Role role) {

    PlateRow {
        if ((line > 0) == (element != null)) {
            throw new IllegalArgumentException("a plate row is either on a line or in an element");
        }
        Objects.requireNonNull(role, "role");
    }

    static PlateRow onLine(long line, String sample, String target, String cq, String well, String runId) {
        return new PlateRow(line, null, sample, target, cq, well, runId, WellTasks.Role.SPECIMEN);
    }

    static PlateRow inElement(String element, String sample, String target, String cq, String well, String runId) {
        return new PlateRow(0, element, sample, target, cq, well, runId, WellTasks.Role.SPECIMEN);
    }

    /** This row with the role its well's task gives it. */
    PlateRow as(WellTasks.Role role) {
        return new PlateRow(line, element, sample, target, cq, well, runId, role);
    }

    /** A control or standard well, an NTC included: not a specimen's. */
    boolean control() {
        return role.control();
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
