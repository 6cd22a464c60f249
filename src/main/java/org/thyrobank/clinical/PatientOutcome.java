package org.thyrobank.clinical;

import java.math.BigDecimal;

/**
 * What the trial derives for one patient. Null means undefined: {@code softTissueCr} and {@code radioresistant}
 * for a patient who is not evaluable, the dosimetry figures without dosimetry or therapy, {@code fdgPositive}
 * without FDG readings, the survival times without a therapy and a follow-up. {@code centre} and
 * {@code histology} are null when patients.csv was not part of the bundle.
 */
public record PatientOutcome(String patientId, Patient.Centre centre, Patient.Histology histology, boolean evaluable,
        Boolean softTissueCr, OverallResponse bestOverallResponse, Boolean iodineRefractory, Boolean radioresistant,
        Boolean fdgPositive, Boolean exitToStandardCare, BigDecimal mta, BigDecimal recommendedActivity,
        Double pfsMonths, Boolean pfsEvent, Double osMonths, Boolean osEvent, BigDecimal lowestSoftTissueDoseGy) {

    public PatientOutcome {
        Required.id(patientId, "patient_id");
        mta = Decimals.plain(mta);
        recommendedActivity = Decimals.plain(recommendedActivity);
        lowestSoftTissueDoseGy = Decimals.plain(lowestSoftTissueDoseGy);
        if (!evaluable && (softTissueCr != null || radioresistant != null)) {
            throw new IllegalArgumentException(patientId + " is not evaluable: SOFT_TISSUE_CR and RADIORESISTANT"
                    + " are undefined");
        }
        if ((pfsMonths == null) != (pfsEvent == null) || (osMonths == null) != (osEvent == null)) {
            throw new IllegalArgumentException(patientId + ": a survival time goes with its event flag");
        }
    }
}
