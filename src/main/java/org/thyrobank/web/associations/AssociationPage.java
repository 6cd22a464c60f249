package org.thyrobank.web.associations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.thyrobank.analysis.AssociationQuery;
import org.thyrobank.analysis.Outcome;
import org.thyrobank.analysis.QueryParameterException;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.analysis.ReportText;
import org.thyrobank.analysis.SvgCharts;
import org.thyrobank.clinical.Patient;
import org.thyrobank.platform.rendering.CsvWriter;
import org.thyrobank.web.BadPageParameterException;
import org.thyrobank.web.Download;

/**
 * Associations (RESEARCHER, ADMIN): opened bare, the report's factor x outcome table as a forest plot whose rows open
 * their query; with a factor and an outcome, the 2x2 table, OR, CI, p and its patients.
 */
@Controller
class AssociationPage {

    private static final List<String> CSV_HEADER =
            List.of("patient_id", "factor", "factor_level", "outcome", "outcome_value");

    private static final String NO_DATA = "no patients: the database holds no clinical data";

    private final ReportService reports;

    AssociationPage(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/research/associations")
    String associations(
            @RequestParam(required = false) String factor,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String centre,
            @RequestParam(required = false) String histology,
            @RequestParam(required = false) Boolean includePreliminary,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        List<String> factors = reports.factorNames();
        boolean asked = factor != null || outcome != null;
        boolean preliminary = ReportService.included(includePreliminary);
        model.addAttribute("includePreliminary", preliminary);
        // links carry the choice only when it differs from the default
        model.addAttribute("preliminary", preliminary == ReportService.included(null) ? null : preliminary);
        model.addAttribute("factors", factors);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("centres", Patient.Centre.values());
        model.addAttribute("histologies", Patient.Histology.values());
        // opened bare, the form starts from the first factor against the primary endpoint, ready to run
        model.addAttribute("factor", asked ? factor : factors.get(0));
        model.addAttribute("outcome", asked ? outcome : Outcome.SOFT_TISSUE_CR.name());
        model.addAttribute("centre", centre);
        model.addAttribute("histology", histology);
        if (!asked) {
            reports.report(ReportOptions.defaults().withIncludePreliminary(preliminary))
                    .ifPresent(report -> {
                        model.addAttribute("associations", report.associations());
                        model.addAttribute("hotspotCalls", ReportText.hotspotCalls(report.hotspotCalls()));
                        model.addAttribute(
                                "forest",
                                SvgCharts.forest(
                                        report.associations(),
                                        a -> queryLink(request, a.factor(), a.outcome(), preliminary)));
                    });
        }
        if (asked) {
            try {
                Optional<AssociationQuery.Answer> answer =
                        reports.association(factor, outcome, centre, histology, preliminary);
                model.addAttribute("answer", answer.orElse(null));
                model.addAttribute("noData", answer.isEmpty());
            } catch (QueryParameterException e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("error", e.getMessage());
            }
        }
        return "research/associations";
    }

    /** The page's own query of a factor against an outcome, as a link within the site. */
    static String queryLink(HttpServletRequest request, String factor, String outcome, boolean includePreliminary) {
        return request.getContextPath() + "/research/associations?factor="
                + URLEncoder.encode(factor, StandardCharsets.UTF_8) + "&outcome="
                + URLEncoder.encode(outcome, StandardCharsets.UTF_8)
                + (includePreliminary == ReportService.included(null)
                        ? ""
                        : "&includePreliminary=" + includePreliminary);
    }

    /** The patients behind the table: one line per patient in a cell, with their factor level and outcome. */
    @GetMapping("/research/associations.csv")
    ResponseEntity<String> csv(
            @RequestParam(required = false) String factor,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String centre,
            @RequestParam(required = false) String histology,
            @RequestParam(required = false) Boolean includePreliminary) {
        AssociationQuery.Answer answer;
        try {
            answer = reports.association(factor, outcome, centre, histology, ReportService.included(includePreliminary))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, NO_DATA));
        } catch (QueryParameterException e) {
            throw new BadPageParameterException(e);
        }
        List<List<?>> rows = new ArrayList<>();
        for (int row = 0; row < 2; row++) {
            for (int column = 0; column < 2; column++) {
                for (String patient : answer.cellPatients().get(row).get(column)) {
                    rows.add(
                            List.of(patient, answer.factor(), answer.levels().get(row), answer.outcome(), column == 0));
                }
            }
        }
        return Download.attachment(CsvWriter.text(CSV_HEADER, rows), "association.csv", "text/csv");
    }
}
