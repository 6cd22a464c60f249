package org.thyrobank.web.cohort;

import java.util.List;
import java.util.function.Function;
import org.thyrobank.analysis.QueryParameterException;
import org.thyrobank.clinical.OverallResponse;
import org.thyrobank.clinical.Patient;

/** The cohort page's filters, as chosen; an empty one lets every patient through. */
record CohortFilter(String centre, String histology, String braf, String tert, String bestResponse) {

    static final List<String> HOTSPOT_STATUSES = List.of("MUTANT", "WILD_TYPE", "NO_CALL");

    /** Checks each value against what it may be, so that a bad one is a 400 naming it, not an empty table. */
    CohortFilter {
        centre = checked("centre", centre, Patient.Centre.values());
        histology = checked("histology", histology, Patient.Histology.values());
        braf = checked("braf", braf, HOTSPOT_STATUSES.toArray());
        tert = checked("tert", tert, HOTSPOT_STATUSES.toArray());
        bestResponse = checked("best_response", bestResponse, OverallResponse.values());
    }

    boolean admits(CohortRow row) {
        return matches(centre, row, CohortRow::centre)
                && matches(histology, row, CohortRow::histology)
                && matches(braf, row, CohortRow::brafV600e)
                && matches(tert, row, CohortRow::tertPromoter)
                && matches(bestResponse, row, CohortRow::bestResponse);
    }

    private static boolean matches(String chosen, CohortRow row, Function<CohortRow, String> value) {
        return chosen == null || chosen.equals(value.apply(row));
    }

    private static String checked(String parameter, String value, Object[] allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Object candidate : allowed) {
            if (candidate.toString().equals(value)) {
                return value;
            }
        }
        throw new QueryParameterException(
                parameter, "'" + value + "' is not one of " + java.util.Arrays.toString(allowed));
    }
}
