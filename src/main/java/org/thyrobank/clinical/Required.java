package org.thyrobank.clinical;

import java.math.BigDecimal;
import java.util.Objects;

/** The checks the clinical records share in their compact constructors. */
final class Required {

    private Required() {}

    static String id(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    static BigDecimal positive(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(what + " must be above 0, was " + value);
        }
        return value;
    }

    static BigDecimal notNegative(BigDecimal value, String what) {
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative, was " + value);
        }
        return value;
    }
}
