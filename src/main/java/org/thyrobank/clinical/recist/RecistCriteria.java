package org.thyrobank.clinical.recist;

import java.math.BigDecimal;
import java.util.Objects;
import org.thyrobank.platform.Settings;

/** The RECIST 1.1 thresholds and the evaluability window, from {@code reference/recist.properties}. */
record RecistCriteria(
        BigDecimal partialResponseDecreasePct,
        BigDecimal progressionIncreasePct,
        BigDecimal progressionAbsoluteMm,
        BigDecimal nodeNormalShortAxisMm,
        int evaluableAfterDays) {

    RecistCriteria {
        Objects.requireNonNull(partialResponseDecreasePct);
        Objects.requireNonNull(progressionIncreasePct);
        Objects.requireNonNull(progressionAbsoluteMm);
        Objects.requireNonNull(nodeNormalShortAxisMm);
        if (evaluableAfterDays < 0) {
            throw new IllegalArgumentException("the evaluability window cannot be negative");
        }
    }

    static RecistCriteria fromReference() {
        Settings s = Settings.reference("recist.properties");
        return new RecistCriteria(
                s.decimal("partial-response-decrease-pct"),
                s.decimal("progression-increase-pct"),
                s.decimal("progression-absolute-mm"),
                s.decimal("node-normal-short-axis-mm"),
                s.integer("evaluable-after-days"));
    }
}
