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
                s.decimal("partial_response_decrease_pct"),
                s.decimal("progression_increase_pct"),
                s.decimal("progression_absolute_mm"),
                s.decimal("node_normal_short_axis_mm"),
                s.integer("evaluable_after_days"));
    }
}
