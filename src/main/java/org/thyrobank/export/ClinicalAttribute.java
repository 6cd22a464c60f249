package org.thyrobank.export;

import java.util.List;
import java.util.function.Function;

/**
 * One column of a cBioPortal clinical file: its attribute id, the display name, description, datatype (STRING,
 * NUMBER, BOOLEAN) and priority of the four header lines, and the value of a row ({@code NA} when null).
 */
record ClinicalAttribute<T>(
        String id, String displayName, String description, String datatype, int priority, Function<T, Object> value) {

    /** The four #-lines, the attribute ids, then one line per row, tab-separated. */
    static <T> String file(List<ClinicalAttribute<T>> columns, List<T> rows) {
        StringBuilder out = new StringBuilder();
        out.append(header(columns, ClinicalAttribute::displayName));
        out.append(header(columns, ClinicalAttribute::description));
        out.append(header(columns, ClinicalAttribute::datatype));
        out.append(header(columns, c -> Integer.toString(c.priority())));
        out.append(String.join("\t", columns.stream().map(ClinicalAttribute::id).toList()))
                .append('\n');
        for (T row : rows) {
            out.append(String.join(
                            "\t",
                            columns.stream()
                                    .map(c -> text(c.value().apply(row)))
                                    .toList()))
                    .append('\n');
        }
        return out.toString();
    }

    private static <T> String header(List<ClinicalAttribute<T>> columns, Function<ClinicalAttribute<T>, String> part) {
        return "#" + String.join("\t", columns.stream().map(part).toList()) + "\n";
    }

    private static String text(Object value) {
        if (value == null) {
            return "NA";
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value.toString().replace('\t', ' ').replace('\n', ' ');
    }
}
