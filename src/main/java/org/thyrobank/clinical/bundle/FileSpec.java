package org.thyrobank.clinical.bundle;

import java.util.List;
import java.util.function.Function;

/**
 * How one clinical CSV is read: its name, its columns, the codec that makes a record of a line and the key two
 * lines must not share ({@code null} when the file has none).
 */
record FileSpec<T>(
        String name, List<String> required, List<String> optional, Function<Row, T> codec, Function<T, String> key) {

    FileSpec {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    /** The name messages use, relative to the bundle: {@code clinical/patients.csv}. */
    String file() {
        return "clinical/" + name;
    }

    boolean known(String column) {
        return required.contains(column) || optional.contains(column);
    }
}
