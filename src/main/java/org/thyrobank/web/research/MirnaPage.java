package org.thyrobank.web.research;

import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.thyrobank.analysis.Report;
import org.thyrobank.analysis.Report.MirnaPairedComparison;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;

/** miRNA (RESEARCHER, ADMIN): the post-against-pre volcano with its SVG and CSV, and the QC flags per plate. */
@Controller
class MirnaPage {

    private static final List<String> CSV_HEADER = List.of("mirna", "test", "n", "median_ddcq", "p_value", "q_value",
            "minus_log10_q", "flagged_specimens");

    private final ReportService reports;

    MirnaPage(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/research/mirna")
    String mirna(Model model) {
        Optional<Report> report = reports.report(ReportOptions.defaults());
        List<MirnaPairedComparison> tests = report.map(MirnaPage::paired).orElse(List.of());
        model.addAttribute("tests", tests);
        model.addAttribute("volcano", tests.isEmpty() ? null : VolcanoChart.svg(tests));
        model.addAttribute("qc", report.map(Report::mirnaQc).orElse(null));
        return "research/mirna";
    }

    @GetMapping("/research/mirna-volcano.svg")
    ResponseEntity<String> svg() {
        return Csv.download(VolcanoChart.svg(tests()), "mirna-volcano.svg", "image/svg+xml");
    }

    @GetMapping("/research/mirna-volcano.csv")
    ResponseEntity<String> csv() {
        List<List<?>> rows = tests().stream().<List<?>>map(t -> java.util.Arrays.asList(t.mirna(), t.test(), t.n(),
                t.medianDdcq(), t.pValue(), t.qValue(), t.qValue() == null ? null : VolcanoChart.minusLog10Q(t),
                t.flaggedSpecimens())).toList();
        return Csv.download(Csv.of(CSV_HEADER, rows), "mirna-volcano.csv", "text/csv");
    }

    private List<MirnaPairedComparison> tests() {
        return reports.report(ReportOptions.defaults()).map(MirnaPage::paired).orElse(List.of());
    }

    private static List<MirnaPairedComparison> paired(Report report) {
        return report.mirna().stream().filter(MirnaPairedComparison.class::isInstance)
                .map(MirnaPairedComparison.class::cast).toList();
    }
}
