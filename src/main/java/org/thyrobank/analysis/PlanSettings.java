package org.thyrobank.analysis;

import java.math.BigDecimal;
import java.util.Properties;
import org.thyrobank.platform.ReferenceFiles;

/**
 * The analysis plan's safety and deviation thresholds from {@code reference/report.properties}: the acute window of
 * adverse events (days after the first therapy), the tolerance above the MTA (GBq) and the fraction of the
 * recommended activity below which a first therapy deviates.
 */
record PlanSettings(int acuteWindowDays, BigDecimal aboveMtaToleranceGbq, BigDecimal belowRecommendedFraction) {

    PlanSettings {
        if (acuteWindowDays < 0 || aboveMtaToleranceGbq.signum() < 0 || belowRecommendedFraction.signum() <= 0) {
            throw new IllegalArgumentException("reference/" + ReportOptions.REFERENCE
                    + ": acute_window_days, above_mta_tolerance_gbq and below_recommended_fraction must not be negative");
        }
    }

    static PlanSettings fromReference() {
        Properties p = ReferenceFiles.properties(ReportOptions.REFERENCE);
        try {
            return new PlanSettings(Integer.parseInt(required(p, "acute_window_days")),
                    new BigDecimal(required(p, "above_mta_tolerance_gbq")),
                    new BigDecimal(required(p, "below_recommended_fraction")));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("reference/" + ReportOptions.REFERENCE + ": " + e.getMessage(), e);
        }
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("reference/" + ReportOptions.REFERENCE + " has no " + key);
        }
        return value.strip();
    }
}
