package org.thyrobank.web.cohort;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thyrobank.analysis.QueryParameterException;
import org.thyrobank.clinical.OverallResponse;
import org.thyrobank.clinical.Patient;
import org.thyrobank.platform.rendering.CsvWriter;
import org.thyrobank.web.BadPageParameterException;
import org.thyrobank.web.Download;

/** The cohort (RESEARCHER, ADMIN): one row per patient, filtered by centre, histology, hotspot status or best response, and its CSV. */
@Controller
class CohortPage {

    private final CohortRows cohort;

    CohortPage(CohortRows cohort) {
        this.cohort = cohort;
    }

    @GetMapping("/research/cohort")
    String cohort(
            @RequestParam(required = false) String centre,
            @RequestParam(required = false) String histology,
            @RequestParam(required = false) String braf,
            @RequestParam(required = false) String tert,
            @RequestParam(name = "best_response", required = false) String bestResponse,
            Model model) {
        CohortFilter filter = filter(centre, histology, braf, tert, bestResponse);
        model.addAttribute("centres", Patient.Centre.values());
        model.addAttribute("histologies", Patient.Histology.values());
        model.addAttribute("statuses", CohortFilter.HOTSPOT_STATUSES);
        model.addAttribute("responses", OverallResponse.values());
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows(filter));
        return "research/cohort";
    }

    @GetMapping("/research/cohort.csv")
    ResponseEntity<String> csv(
            @RequestParam(required = false) String centre,
            @RequestParam(required = false) String histology,
            @RequestParam(required = false) String braf,
            @RequestParam(required = false) String tert,
            @RequestParam(name = "best_response", required = false) String bestResponse) {
        CohortFilter filter = filter(centre, histology, braf, tert, bestResponse);
        List<List<?>> cells =
                rows(filter).stream().<List<?>>map(CohortRow::cells).toList();
        return Download.attachment(CsvWriter.text(CohortRow.CSV_HEADER, cells), "cohort.csv", "text/csv");
    }

    private List<CohortRow> rows(CohortFilter filter) {
        return cohort.rows(filter);
    }

    private static CohortFilter filter(String centre, String histology, String braf, String tert, String bestResponse) {
        try {
            return new CohortFilter(centre, histology, braf, tert, bestResponse);
        } catch (QueryParameterException e) {
            throw new BadPageParameterException(e);
        }
    }
}
