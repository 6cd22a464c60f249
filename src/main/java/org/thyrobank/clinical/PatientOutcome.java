package org.thyrobank.clinical;

import java.math.BigDecimal;

/**
 * What the trial derives for one patient. The analysis populations (docs/analyses.md) are a flow: enrolled (every
 * patient) -> {@code inDosimetry} (blood dosimetry and a soft-tissue lesion dosimetry) -> exited
 * ({@code exitToStandardCare}: off protocol) -> {@code treated} (in dosimetry, not exited, a therapy) ->
 * {@code evaluable} (treated, with a visit at 6 months or later).
 * <p>
 * Null means undefined: {@code softTissueCr} and {@code radioresistant} for a patient who is not evaluable;
 * {@code exitToStandardCare} and {@code iodineRefractory} (the same flag) outside the dosimetry population; the
 * dosimetry figures without dosimetry or therapy; {@code fdgPositive} without a PRE FDG reading and
 * {@code fdgPositivePost} without a POST one; the survival times without a therapy and a follow-up;
 * {@code softTissueCrAllTreated} (SOFT_TISSUE_CR derived the same way for anyone with a therapy and a visit at 6
 * months, whatever their dosimetry: the sensitivity analysis) without such a visit. {@code centre} and
 * {@code histology} are null when patients.csv was not part of the bundle.
 */
public record PatientOutcome(
        String patientId,
        Patient.Centre centre,
        Patient.Histology histology,
        boolean evaluable,
        Boolean softTissueCr,
        OverallResponse bestOverallResponse,
        Boolean iodineRefractory,
        Boolean radioresistant,
        Boolean fdgPositive,
        Boolean exitToStandardCare,
        BigDecimal mta,
        BigDecimal recommendedActivity,
        Double pfsMonths,
        Boolean pfsEvent,
        Double osMonths,
        Boolean osEvent,
        BigDecimal lowestSoftTissueDoseGy,
        boolean inDosimetry,
        boolean treated,
        Boolean softTissueCrAllTreated,
        Boolean fdgPositivePost) {

    public PatientOutcome {
        Required.id(patientId, "patient_id");
        mta = Decimals.plain(mta);
        recommendedActivity = Decimals.plain(recommendedActivity);
        lowestSoftTissueDoseGy = Decimals.plain(lowestSoftTissueDoseGy);
        if (!evaluable && (softTissueCr != null || radioresistant != null)) {
            throw new IllegalArgumentException(
                    patientId + " is not evaluable: SOFT_TISSUE_CR and RADIORESISTANT" + " are undefined");
        }
        if (inDosimetry != (exitToStandardCare != null)
                || treated && (!inDosimetry || exitToStandardCare)
                || evaluable && !treated) {
            throw new IllegalArgumentException(patientId + ": the populations are a flow: dosimetry " + inDosimetry
                    + ", exited " + exitToStandardCare + ", treated " + treated + ", evaluable " + evaluable);
        }
        if (evaluable && !java.util.Objects.equals(softTissueCr, softTissueCrAllTreated)) {
            throw new IllegalArgumentException(patientId + ": SOFT_TISSUE_CR is derived one way for every population");
        }
        if ((pfsMonths == null) != (pfsEvent == null) || (osMonths == null) != (osEvent == null)) {
            throw new IllegalArgumentException(patientId + ": a survival time goes with its event flag");
        }
    }
}
