package org.thyrobank.clinical;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A lesion's predicted absorbed dose at the first therapy's activity ({@code doseGy} = lesion_gy_per_gbq x
 * administered_gbq, exact), its site threshold, its class (null for bone lesions) and whether it disappeared at a
 * visit 6 months or more after the first therapy ({@code disappeared}: null unless the patient is evaluable).
 */
public record LesionDose(
        String patientId,
        String lesionId,
        Lesion.Site site,
        BigDecimal lesionGyPerGbq,
        BigDecimal administeredGbq,
        BigDecimal doseGy,
        BigDecimal thresholdGy,
        LesionClass lesionClass,
        Boolean disappeared) {

    public LesionDose {
        Required.id(patientId, "patient_id");
        Required.id(lesionId, "lesion_id");
        Objects.requireNonNull(site, "site");
        Required.positive(lesionGyPerGbq, "lesion_gy_per_gbq");
        Required.positive(administeredGbq, "administered_gbq");
        Objects.requireNonNull(doseGy, "doseGy");
        Required.positive(thresholdGy, "thresholdGy");
        if (lesionClass != null && site != Lesion.Site.SOFT_TISSUE) {
            throw new IllegalArgumentException("only soft-tissue lesions are classed, " + lesionId + " is " + site);
        }
    }
}
