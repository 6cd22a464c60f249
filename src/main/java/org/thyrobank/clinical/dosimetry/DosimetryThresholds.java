package org.thyrobank.clinical.dosimetry;

import java.math.BigDecimal;
import java.util.Properties;

import org.thyrobank.clinical.Lesion;
import org.thyrobank.platform.ReferenceFiles;

/** Lesion thresholds by site and the blood limit, from {@code reference/dosimetry.properties}. */
record DosimetryThresholds(BigDecimal softTissueGy, BigDecimal boneGy, BigDecimal bloodLimitGy) {

    DosimetryThresholds {
        if (softTissueGy.signum() <= 0 || boneGy.signum() <= 0 || bloodLimitGy.signum() <= 0) {
            throw new IllegalArgumentException("dosimetry thresholds must be above 0");
        }
    }

    static DosimetryThresholds fromReference() {
        Properties p = ReferenceFiles.properties("dosimetry.properties");
        return new DosimetryThresholds(decimal(p, "soft_tissue_threshold_gy"), decimal(p, "bone_threshold_gy"),
                decimal(p, "blood_limit_gy"));
    }

    BigDecimal threshold(Lesion.Site site) {
        return site == Lesion.Site.BONE ? boneGy : softTissueGy;
    }

    private static BigDecimal decimal(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("reference/dosimetry.properties has no " + key);
        }
        return new BigDecimal(value.strip());
    }
}
