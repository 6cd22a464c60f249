package org.thyrobank.clinical.dosimetry;

import java.math.BigDecimal;
import java.util.List;
import org.thyrobank.clinical.LesionDose;

/**
 * One patient's dosimetry: the lesion doses at the first therapy's activity, the maximum tolerable activity
 * (GBq), the recommended activity (GBq, capped at the MTA), EXIT_TO_STANDARD_CARE, IODINE_REFRACTORY,
 * RADIORESISTANT and the lowest soft-tissue dose (Gy). Null where the inputs do not define a figure.
 */
public record PatientDosimetry(
        List<LesionDose> lesionDoses,
        BigDecimal mta,
        BigDecimal recommendedActivity,
        Boolean exitToStandardCare,
        Boolean iodineRefractory,
        Boolean radioresistant,
        BigDecimal lowestSoftTissueDoseGy) {

    public PatientDosimetry {
        lesionDoses = List.copyOf(lesionDoses);
        if (mta != null && recommendedActivity != null && recommendedActivity.compareTo(mta) > 0) {
            throw new IllegalArgumentException(
                    "the recommended activity " + recommendedActivity + " GBq exceeds the MTA " + mta + " GBq");
        }
    }
}
