package org.thyrobank.web.cohort;

import java.math.BigDecimal;
import java.util.List;
import org.thyrobank.analysis.Factor;
import org.thyrobank.analysis.PatientFactors;
import org.thyrobank.clinical.AnalysisPopulation;
import org.thyrobank.clinical.PatientOutcome;

/**
 * One patient of the cohort page and its CSV: the last analysis population reached (enrolled, dosimetry, treated,
 * evaluable) and why the patient left the flow there, hotspot status as MUTANT / WILD_TYPE / NO_CALL, blanks for
 * undefined.
 */
record CohortRow(
        String patientId,
        String population,
        String leftOutReason,
        String centre,
        String histology,
        String brafV600e,
        String tertPromoter,
        String fdgPositive,
        Boolean iodineRefractory,
        Boolean radioresistant,
        Boolean exitToStandardCare,
        BigDecimal mtaGbq,
        String bestResponse,
        Double pfsMonths,
        Boolean pfsEvent,
        Double osMonths,
        Boolean osEvent) {

    static final List<String> CSV_HEADER = List.of(
            "patient_id",
            "population",
            "left_out_reason",
            "centre",
            "histology",
            "braf_v600e",
            "tert_promoter",
            "fdg_positive",
            "iodine_refractory",
            "radioresistant",
            "exit_to_standard_care",
            "mta_gbq",
            "best_response",
            "pfs_months",
            "pfs_event",
            "os_months",
            "os_event");

    static CohortRow of(PatientOutcome p, PatientFactors factors) {
        AnalysisPopulation.Reason reason = AnalysisPopulation.leftOut(p);
        return new CohortRow(
                p.patientId(),
                AnalysisPopulation.of(p).label(),
                reason == null ? null : reason.name(),
                p.centre().name(),
                p.histology().name(),
                status(factors.of(Factor.BRAF_V600E, p)),
                status(factors.of(Factor.TERT_PROMOTER, p)),
                p.fdgPositive() == null ? null : p.fdgPositive().toString(),
                p.iodineRefractory(),
                p.radioresistant(),
                p.exitToStandardCare(),
                p.mta(),
                p.bestOverallResponse() == null ? null : p.bestOverallResponse().name(),
                p.pfsMonths(),
                p.pfsEvent(),
                p.osMonths(),
                p.osEvent());
    }

    private static String status(Boolean mutant) {
        return mutant == null ? "NO_CALL" : mutant ? "MUTANT" : "WILD_TYPE";
    }

    List<Object> cells() {
        return java.util.Arrays.asList(
                patientId,
                population,
                leftOutReason,
                centre,
                histology,
                brafV600e,
                tertPromoter,
                fdgPositive,
                iodineRefractory,
                radioresistant,
                exitToStandardCare,
                mtaGbq,
                bestResponse,
                pfsMonths,
                pfsEvent,
                osMonths,
                osEvent);
    }
}
