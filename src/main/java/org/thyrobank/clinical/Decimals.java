package org.thyrobank.clinical;

import java.math.BigDecimal;

/** Decimals as a reader expects them: 8.3682, not the 8.368200000000000000000000 a DECIMAL(44,24) column gives back. */
public final class Decimals {

    private Decimals() {}

    /** The same value without trailing zeros and never in exponent form (80, not 8E+1); null stays null. */
    public static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }
}
