package org.thyrobank.web.home;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.analysis.SvgCharts;
import org.thyrobank.platform.status.StatusQueries;

/**
 * The home page: for researchers and administrators the study dashboard (the population flow, the primary endpoint,
 * what was imported, the last imports) above the links of their pages; for the lab the links alone.
 */
@Controller
class HomePage {

    static final int IMPORTS_SHOWN = 8;

    private final ReportService reports;
    private final StatusQueries statusQueries;

    HomePage(ReportService reports, StatusQueries statusQueries) {
        this.reports = reports;
        this.statusQueries = statusQueries;
    }

    @GetMapping("/")
    String home(Authentication user, Model model) {
        if (readsAnalyses(user)) {
            model.addAttribute("dashboard", true);
            reports.report(ReportOptions.defaults()).ifPresent(report -> {
                model.addAttribute("report", report);
                model.addAttribute("flow", SvgCharts.populationFlow(report.populations()));
            });
            model.addAttribute("counts", statusQueries.status().counts());
            model.addAttribute("batches", statusQueries.importedBatches());
            model.addAttribute("imports", statusQueries.lastImportedFiles(IMPORTS_SHOWN));
        }
        return "home";
    }

    private static boolean readsAnalyses(Authentication user) {
        return user != null
                && user.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_RESEARCHER")
                                || a.getAuthority().equals("ROLE_ADMIN"));
    }
}
