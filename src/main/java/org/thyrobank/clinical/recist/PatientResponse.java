package org.thyrobank.clinical.recist;

import java.util.List;
import java.util.Set;

import org.thyrobank.clinical.OverallResponse;
import org.thyrobank.clinical.VisitResponse;

/**
 * One patient's RECIST 1.1 reading: the visits from the baseline on, the best overall response until the first
 * PD (null without a visit after the baseline), evaluability, SOFT_TISSUE_CR (null when not evaluable) and the
 * lesions that disappeared at a visit inside the evaluation window.
 */
public record PatientResponse(List<VisitResponse> visits, OverallResponse bestOverallResponse, boolean evaluable,
        Boolean softTissueCr, Set<String> disappearedLesionIds) {

    public PatientResponse {
        visits = List.copyOf(visits);
        disappearedLesionIds = Set.copyOf(disappearedLesionIds);
        if (!evaluable && softTissueCr != null) {
            throw new IllegalArgumentException("SOFT_TISSUE_CR is undefined for a patient who is not evaluable");
        }
    }
}
