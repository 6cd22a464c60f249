package org.thyrobank.clinical.dosimetry;

import java.math.BigDecimal;
import org.thyrobank.clinical.Lesion;
import org.thyrobank.platform.Settings;

/** Lesion thresholds by site and the blood limit, from {@code reference/dosimetry.properties}. */
record DosimetryThresholds(BigDecimal softTissueGy, BigDecimal boneGy, BigDecimal bloodLimitGy) {

    DosimetryThresholds {
        if (softTissueGy.signum() <= 0 || boneGy.signum() <= 0 || bloodLimitGy.signum() <= 0) {
            throw new IllegalArgumentException("dosimetry thresholds must be above 0");
        }
    }

    static DosimetryThresholds fromReference() {
        Settings s = Settings.reference("dosimetry.properties");
        return new DosimetryThresholds(
                s.decimal("soft-tissue-threshold-gy"), s.decimal("bone-threshold-gy"), s.decimal("blood-limit-gy"));
    }

    BigDecimal threshold(Lesion.Site site) {
        return site == Lesion.Site.BONE ? boneGy : softTissueGy;
    }
}
