package org.thyrobank.analysis;

import java.math.BigDecimal;
import org.thyrobank.platform.Settings;

/**
 * The analysis plan's safety and deviation thresholds from {@code reference/report.properties}: the acute window of
 * adverse events (days after the first therapy), the tolerance above the MTA (GBq) and the fraction of the
 * recommended activity below which a first therapy deviates.
 */
record PlanSettings(int acuteWindowDays, BigDecimal aboveMtaToleranceGbq, BigDecimal belowRecommendedFraction) {

    PlanSettings {
        if (acuteWindowDays < 0 || aboveMtaToleranceGbq.signum() < 0 || belowRecommendedFraction.signum() <= 0) {
            throw new IllegalArgumentException(
                    "reference/" + ReportOptions.REFERENCE
                            + ": acute-window-days, above-mta-tolerance-gbq and below-recommended-fraction must not be negative");
        }
    }

    static PlanSettings fromReference() {
        Settings s = Settings.reference(ReportOptions.REFERENCE);
        return new PlanSettings(
                s.integer("acute-window-days"),
                s.decimal("above-mta-tolerance-gbq"),
                s.decimal("below-recommended-fraction"));
    }
}
