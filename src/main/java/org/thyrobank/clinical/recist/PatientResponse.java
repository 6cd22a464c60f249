package org.thyrobank.clinical.recist;

import java.util.List;
import java.util.Set;
import org.thyrobank.clinical.OverallResponse;
import org.thyrobank.clinical.VisitResponse;

/**
 * One patient's RECIST 1.1 reading: the visits from the baseline on, the best overall response until the first
 * PD (null without a visit after the baseline), whether a visit lies 6 months (182 days) or more after the first
 * therapy, SOFT_TISSUE_CR (null without such a visit; whether the patient is in the evaluable population is the
 * caller's question) and the lesions that disappeared at a visit inside that window.
 */
public record PatientResponse(
        List<VisitResponse> visits,
        OverallResponse bestOverallResponse,
        boolean sixMonthVisit,
        Boolean softTissueCr,
        Set<String> disappearedLesionIds) {

    public PatientResponse {
        visits = List.copyOf(visits);
        disappearedLesionIds = Set.copyOf(disappearedLesionIds);
        if (!sixMonthVisit && softTissueCr != null) {
            throw new IllegalArgumentException("SOFT_TISSUE_CR is undefined without a visit at 6 months");
        }
    }
}
