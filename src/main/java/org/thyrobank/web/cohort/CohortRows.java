package org.thyrobank.web.cohort;

import java.util.List;
import org.springframework.stereotype.Component;
import org.thyrobank.analysis.PatientFactors;
import org.thyrobank.clinical.ClinicalQueries;
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
        PatientFactors factors = new PatientFactors(hotspots.patientStatuses());
        return clinical.patientOutcomes().stream()
                .map(p -> CohortRow.of(p, factors))
                .filter(filter::admits)
                .toList();
    }
}
