package org.thyrobank.web.dosimetry;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.thyrobank.analysis.Report;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.analysis.SvgCharts;
import org.thyrobank.web.Download;

/**
 * Populations and dose-response (RESEARCHER, ADMIN): the analysis populations as a CONSORT-style flow with every
 * patient who leaves it, the primary endpoint on the evaluable, and the lesion-level dose-response curve; SVG downloads.
 * The figures are the report's, with its defaults.
 */
@Controller
class PopulationsPage {

    private static final String NO_DATA = "no patients: the database holds no clinical data";

    private final ReportService reports;

    PopulationsPage(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/research/populations")
    String populations(Model model) {
        Optional<Report> report = report();
        model.addAttribute("report", report.orElse(null));
        report.ifPresent(r -> {
            model.addAttribute("flow", SvgCharts.populationFlow(r.populations()));
            model.addAttribute("doseResponse", SvgCharts.doseResponse(r.doseResponse()));
        });
        return "research/populations";
    }

    @GetMapping("/research/populations.svg")
    ResponseEntity<String> flowSvg() {
        Report report = report().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, NO_DATA));
        return Download.attachment(
                SvgCharts.populationFlow(report.populations()), "population-flow.svg", "image/svg+xml");
    }

    @GetMapping("/research/dose-response.svg")
    ResponseEntity<String> doseResponseSvg() {
        Report report = report().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, NO_DATA));
        return Download.attachment(SvgCharts.doseResponse(report.doseResponse()), "dose-response.svg", "image/svg+xml");
    }

    private Optional<Report> report() {
        return reports.report(ReportOptions.defaults());
    }
}
