package org.thyrobank.web.research;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thyrobank.analysis.PatientFactors;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.Patient;
import org.thyrobank.genomics.HotspotQueries;

/** The cohort (RESEARCHER, ADMIN): one row per patient, filtered by centre, and its CSV. */
@Controller
class CohortPage {

    private final ClinicalQueries clinical;
    private final HotspotQueries hotspots;

    CohortPage(ClinicalQueries clinical, HotspotQueries hotspots) {
        this.clinical = clinical;
        this.hotspots = hotspots;
    }

    @GetMapping("/research/cohort")
    String cohort(@RequestParam(required = false) String centre, Model model) {
        model.addAttribute("centres", Patient.Centre.values());
        model.addAttribute("centre", centre(centre));
        model.addAttribute("rows", rows(centre));
        return "research/cohort";
    }

    @GetMapping("/research/cohort.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String centre) {
        List<List<?>> cells = rows(centre).stream().<List<?>>map(CohortRow::cells).toList();
        return Csv.download(Csv.of(CohortRow.CSV_HEADER, cells), "cohort.csv", "text/csv");
    }

    private List<CohortRow> rows(String centre) {
        Patient.Centre chosen = centre(centre);
        PatientFactors factors = new PatientFactors(hotspots.patientStatuses());
        return clinical.patientOutcomes().stream().filter(p -> chosen == null || p.centre() == chosen)
                .map(p -> CohortRow.of(p, factors)).toList();
    }

    private static Patient.Centre centre(String centre) {
        if (centre == null || centre.isBlank()) {
            return null;
        }
        try {
            return Patient.Centre.valueOf(centre);
        } catch (IllegalArgumentException e) {
            throw new BadPageParameterException("centre", centre);
        }
    }
}
