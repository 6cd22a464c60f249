package org.thyrobank.web.report;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.thyrobank.analysis.ReportHtml;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.web.Download;

/**
 * The HTML report (RESEARCHER, ADMIN) with the report's defaults: read inside the site at {@code /research/report},
 * or downloaded as the self-contained document {@code report --format html} writes.
 */
@Controller
class ReportPage {

    private final ReportService reports;

    ReportPage(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/research/report")
    String report(Model model, Authentication user) {
        reports.report(ReportOptions.defaults(), user.getName())
                .ifPresent(r -> model.addAttribute("report", ReportHtml.body(r)));
        return "research/report";
    }

    @GetMapping("/research/report.html")
    ResponseEntity<String> download(Authentication user) {
        String html = reports.report(ReportOptions.defaults(), user.getName())
                .map(ReportHtml::write)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "nothing to report: the database holds no clinical data"));
        return Download.attachment(html, "thyrobank-report.html", "text/html;charset=UTF-8");
    }
}
