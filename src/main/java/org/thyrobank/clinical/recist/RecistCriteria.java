package org.thyrobank.clinical.recist;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Properties;

import org.thyrobank.platform.ReferenceFiles;

/** The RECIST 1.1 thresholds and the evaluability window, from {@code reference/recist.properties}. */
record RecistCriteria(BigDecimal partialResponseDecreasePct, BigDecimal progressionIncreasePct,
        BigDecimal progressionAbsoluteMm, BigDecimal nodeNormalShortAxisMm, int evaluableAfterDays) {

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
        Properties p = ReferenceFiles.properties("recist.properties");
        return new RecistCriteria(decimal(p, "partial_response_decrease_pct"),
                decimal(p, "progression_increase_pct"), decimal(p, "progression_absolute_mm"),
                decimal(p, "node_normal_short_axis_mm"), Integer.parseInt(p.getProperty("evaluable_after_days")));
    }

    private static BigDecimal decimal(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("reference/recist.properties has no " + key);
        }
        return new BigDecimal(value.strip());
    }
}
