package org.thyrobank.web.report;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.thyrobank.analysis.Report;
import org.thyrobank.analysis.ReportHtml;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.analysis.freeze.Freezes;
import org.thyrobank.web.Download;

/**
 * The HTML report (RESEARCHER, ADMIN) with the report's defaults: read inside the site at {@code /research/report},
 * or downloaded as the self-contained document {@code report --format html} writes. With {@code ?freeze=NAME}, the
 * report of that data freeze ({@code report --freeze NAME}); an unknown freeze is 404.
 */
@Controller
class ReportPage {

    private final ReportService reports;
    private final Freezes freezes;

    ReportPage(ReportService reports, Freezes freezes) {
        this.reports = reports;
        this.freezes = freezes;
    }

    @GetMapping("/research/report")
    String report(@RequestParam(required = false) String freeze, Model model, Authentication user) {
        model.addAttribute("freezes", freezes.list());
        if (isFreeze(freeze)) {
            model.addAttribute("report", ReportHtml.body(frozen(freeze, user)));
            model.addAttribute("freeze", freezes.find(freeze).orElseThrow());
        } else {
            reports.report(ReportOptions.defaults(), user.getName())
                    .ifPresent(r -> model.addAttribute("report", ReportHtml.body(r)));
        }
        return "research/report";
    }

    @GetMapping("/research/report.html")
    ResponseEntity<String> download(@RequestParam(required = false) String freeze, Authentication user) {
        if (isFreeze(freeze)) {
            return Download.attachment(
                    ReportHtml.write(frozen(freeze, user)),
                    "thyrobank-report-" + freeze + ".html",
                    "text/html;charset=UTF-8");
        }
        String html = reports.report(ReportOptions.defaults(), user.getName())
                .map(ReportHtml::write)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "nothing to report: the database holds no clinical data"));
        return Download.attachment(html, "thyrobank-report.html", "text/html;charset=UTF-8");
    }

    /** The page's freeze choice sends an empty value for the data as they are now. */
    private static boolean isFreeze(String freeze) {
        return freeze != null && !freeze.isEmpty();
    }

    /**
     * An unknown freeze is 404, reference files changed since it was made 400 saying which (ApiErrors answers
     * both).
     */
    private Report frozen(String freeze, Authentication user) {
        return freezes.report(freeze, ReportOptions.defaults(), user.getName());
    }
}
