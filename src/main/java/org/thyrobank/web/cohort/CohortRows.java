package org.thyrobank.web.cohort;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thyrobank.analysis.PatientFactors;
import org.thyrobank.analysis.ReportData;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.genomics.HotspotQueries;

/** The cohort's rows as the page, its CSV and {@code GET /api/v1/cohort} show them. */
@Component
class CohortRows {

    private final ClinicalQueries clinical;
    private final HotspotQueries hotspots;

    CohortRows(ClinicalQueries clinical, HotspotQueries hotspots) {
        this.clinical = clinical;
        this.hotspots = hotspots;
    }

    List<CohortRow> rows(CohortFilter filter) {
        return rows(filter, clinical.patientOutcomes(), hotspots.patientStatuses());
    }

    /** The rows of a data freeze's patients and hotspot statuses. */
    List<CohortRow> rows(CohortFilter filter, ReportData frozen) {
        return rows(filter, frozen.derived().patients(), frozen.hotspotStatuses());
    }

    private static List<CohortRow> rows(
            CohortFilter filter, List<PatientOutcome> patients, Map<String, Map<String, String>> hotspotStatuses) {
        PatientFactors factors = new PatientFactors(hotspotStatuses);
        return patients.stream()
                .map(p -> CohortRow.of(p, factors))
                .filter(filter::admits)
                .toList();
    }
}
