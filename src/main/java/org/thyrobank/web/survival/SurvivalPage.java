package org.thyrobank.web.survival;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.thyrobank.analysis.QueryParameterException;
import org.thyrobank.analysis.Report.CurveStep;
import org.thyrobank.analysis.Report.GroupedSurvival;
import org.thyrobank.analysis.Report.SurvivalGroup;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.analysis.SvgCharts;
import org.thyrobank.platform.rendering.CsvWriter;
import org.thyrobank.web.BadPageParameterException;
import org.thyrobank.web.Download;

/** Survival (RESEARCHER, ADMIN): Kaplan-Meier PFS and OS by a chosen factor, log-rank p, HR; SVG and CSV downloads. */
@Controller
class SurvivalPage {

    private static final List<String> ENDPOINTS = List.of("PFS", "OS");
    private static final List<String> CSV_HEADER =
            List.of("endpoint", "factor", "level", "time_months", "at_risk", "events", "censored", "survival");

    private static final String NO_DATA = "no patients: the database holds no clinical data";

    private final ReportService reports;

    SurvivalPage(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/research/survival")
    String survival(
            @RequestParam(defaultValue = "BRAF_V600E") String factor,
            @RequestParam(required = false) Boolean includePreliminary,
            Model model,
            HttpServletResponse response) {
        boolean preliminary = ReportService.included(includePreliminary);
        model.addAttribute("factors", reports.factorNames());
        model.addAttribute("factor", factor);
        model.addAttribute("includePreliminary", preliminary);
        // links carry the choice only when it differs from the default
        model.addAttribute("preliminary", preliminary == ReportService.included(null) ? null : preliminary);
        try {
            Map<GroupedSurvival, String> charts = new LinkedHashMap<>();
            for (String endpoint : ENDPOINTS) {
                reports.survival(endpoint, factor, preliminary).ifPresent(s -> charts.put(s, SvgCharts.kaplanMeier(s)));
            }
            model.addAttribute("charts", charts);
        } catch (QueryParameterException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
        }
        return "research/survival";
    }

    @GetMapping("/research/survival.svg")
    ResponseEntity<String> svg(
            @RequestParam(required = false) String endpoint,
            @RequestParam(required = false) String factor,
            @RequestParam(required = false) Boolean includePreliminary) {
        GroupedSurvival survival = analysis(endpoint, factor, includePreliminary);
        return Download.attachment(
                SvgCharts.kaplanMeier(survival), "km-" + endpoint + "-" + factor + ".svg", "image/svg+xml");
    }

    @GetMapping("/research/survival.csv")
    ResponseEntity<String> csv(
            @RequestParam(required = false) String endpoint,
            @RequestParam(required = false) String factor,
            @RequestParam(required = false) Boolean includePreliminary) {
        GroupedSurvival survival = analysis(endpoint, factor, includePreliminary);
        List<List<?>> rows = new ArrayList<>();
        for (SurvivalGroup group : survival.groups()) {
            for (CurveStep step : group.curve()) {
                rows.add(List.of(
                        endpoint,
                        factor,
                        group.level(),
                        step.time(),
                        step.atRisk(),
                        step.events(),
                        step.censored(),
                        step.survival()));
            }
        }
        return Download.attachment(
                CsvWriter.text(CSV_HEADER, rows), "km-" + endpoint + "-" + factor + ".csv", "text/csv");
    }

    private GroupedSurvival analysis(String endpoint, String factor, Boolean includePreliminary) {
        try {
            return reports.survival(endpoint, factor, ReportService.included(includePreliminary))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, NO_DATA));
        } catch (QueryParameterException e) {
            throw new BadPageParameterException(e);
        }
    }
}
