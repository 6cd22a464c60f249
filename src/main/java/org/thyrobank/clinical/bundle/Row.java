package org.thyrobank.clinical.bundle;

import static org.thyrobank.platform.BundleFileException.describeBadValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One data line of a clinical CSV, read cell by cell. A cell that cannot be read is recorded as a problem
 * naming the line, the column, the value and what was expected, and gives {@code null}, so that every problem
 * of the line is found before the row is dropped. An empty cell is a missing value.
 */
final class Row {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");

    private final long line;
    private final Map<String, String> cells;
    private final Problems problems;
    private int problemsOfThisRow;

    Row(long line, Map<String, String> cells, Problems problems) {
        this.line = line;
        this.cells = cells;
        this.problems = problems;
    }

    /** True while no cell of this line has been refused. */
    boolean ok() {
        return problemsOfThisRow == 0;
    }

    void reject(String column, String value, String expected) {
        problemsOfThisRow++;
        problems.add(describeBadValue(line, column, value, expected));
    }

    String text(String column, boolean required) {
        String value = cells.getOrDefault(column, "").strip();
        if (value.isEmpty()) {
            if (required) {
                reject(column, "", "a value (the column is required)");
            }
            return null;
        }
        return value;
    }

    <E extends Enum<E>> E enumeration(String column, Class<E> type, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        reject(
                column,
                value,
                "one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                        + " (upper case)");
        return null;
    }

    LocalDate date(String column, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            reject(column, value, "an ISO date YYYY-MM-DD");
            return null;
        }
    }

    /** A decimal number with {@code .} as the decimal mark, at least {@code min} (exclusive when asked). */
    BigDecimal decimal(String column, boolean required, BigDecimal min, boolean minExclusive) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        String expected = "a number with '.' as decimal mark, " + (minExclusive ? "above " : "at least ") + min;
        if (!DECIMAL.matcher(value).matches()) {
            reject(column, value, expected);
            return null;
        }
        BigDecimal number = new BigDecimal(value);
        int comparison = number.compareTo(min);
        if (comparison < 0 || minExclusive && comparison == 0) {
            reject(column, value, expected);
            return null;
        }
        return number;
    }

    Integer integer(String column, boolean required, int min, int max) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        if (!INTEGER.matcher(value).matches()
                || value.length() > 9
                || Integer.parseInt(value) < min
                || Integer.parseInt(value) > max) {
            reject(column, value, "a whole number from " + min + " to " + max);
            return null;
        }
        return Integer.parseInt(value);
    }

    Boolean bool(String column, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                reject(column, value, "true or false");
                yield null;
            }
        };
    }
}
