package org.thyrobank.web.mirna;

import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thyrobank.analysis.Report;
import org.thyrobank.analysis.Report.MirnaPairedComparison;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.mirna.QpcrQueries;
import org.thyrobank.mirna.normalisation.DeltaDeltaCq;
import org.thyrobank.mirna.normalisation.NormalisationMethod;
import org.thyrobank.platform.rendering.CsvWriter;
import org.thyrobank.web.BadPageParameterException;
import org.thyrobank.web.Download;

/**
 * miRNA (RESEARCHER, ADMIN): the post-against-pre volcano, the paired PRE/POST plot of a chosen miRNA (each with
 * its SVG and CSV), and the QC flags per plate.
 */
@Controller
class MirnaPage {

    private static final List<String> CSV_HEADER =
            List.of("mirna", "test", "n", "median_ddcq", "p_value", "q_value", "minus_log10_q", "flagged_specimens");

    private static final List<String> PAIRED_HEADER = List.of("patient_id", "mirna", "dcq_pre", "dcq_post", "ddcq");

    private final ReportService reports;
    private final QpcrQueries qpcr;

    MirnaPage(ReportService reports, QpcrQueries qpcr) {
        this.reports = reports;
        this.qpcr = qpcr;
    }

    @GetMapping("/research/mirna")
    String mirna(@RequestParam(required = false) String mirna, Model model) {
        Optional<Report> report = reports.report(ReportOptions.defaults());
        List<MirnaPairedComparison> tests = report.map(MirnaPage::paired).orElse(List.of());
        model.addAttribute("tests", tests);
        model.addAttribute("volcano", tests.isEmpty() ? null : VolcanoChart.svg(tests));
        model.addAttribute("qc", report.map(Report::mirnaQc).orElse(null));
        List<DeltaDeltaCq> pairs = pairs();
        List<String> mirnas =
                pairs.stream().map(DeltaDeltaCq::mirna).distinct().sorted().toList();
        model.addAttribute("mirnas", mirnas);
        if (!mirnas.isEmpty()) {
            String chosen = mirna == null || mirna.isBlank() ? mirnas.get(0) : checked(mirna, mirnas);
            model.addAttribute("chosen", chosen);
            model.addAttribute("paired", PairedChart.svg(chosen, of(chosen, pairs)));
        }
        return "research/mirna";
    }

    @GetMapping("/research/mirna-paired.svg")
    ResponseEntity<String> pairedSvg(@RequestParam String mirna) {
        List<DeltaDeltaCq> pairs = pairs();
        String chosen = checked(
                mirna, pairs.stream().map(DeltaDeltaCq::mirna).distinct().toList());
        return Download.attachment(
                PairedChart.svg(chosen, of(chosen, pairs)), "mirna-paired-" + chosen + ".svg", "image/svg+xml");
    }

    @GetMapping("/research/mirna-paired.csv")
    ResponseEntity<String> pairedCsv(@RequestParam String mirna) {
        List<DeltaDeltaCq> pairs = pairs();
        String chosen = checked(
                mirna, pairs.stream().map(DeltaDeltaCq::mirna).distinct().toList());
        List<List<?>> rows = of(chosen, pairs).stream()
                .<List<?>>map(p -> List.of(p.patientId(), p.mirna(), p.dCqPre(), p.dCqPost(), p.ddCq()))
                .toList();
        return Download.attachment(CsvWriter.text(PAIRED_HEADER, rows), "mirna-paired-" + chosen + ".csv", "text/csv");
    }

    /** Every patient's PRE and POST dCq per miRNA, normalised as the report's default; empty without plates. */
    private List<DeltaDeltaCq> pairs() {
        if (qpcr.valueCount() == 0) {
            return List.of();
        }
        ReportOptions options = ReportOptions.defaults();
        return qpcr.normalise(
                        NormalisationMethod.parse(options.normalisation(), qpcr.panel()), options.excludeFlagged())
                .deltaDeltaCq();
    }

    private static List<DeltaDeltaCq> of(String mirna, List<DeltaDeltaCq> pairs) {
        return pairs.stream().filter(p -> p.mirna().equals(mirna)).toList();
    }

    private static String checked(String mirna, List<String> mirnas) {
        if (!mirnas.contains(mirna)) {
            throw new BadPageParameterException("mirna", mirna);
        }
        return mirna;
    }

    @GetMapping("/research/mirna-volcano.svg")
    ResponseEntity<String> svg() {
        return Download.attachment(VolcanoChart.svg(tests()), "mirna-volcano.svg", "image/svg+xml");
    }

    @GetMapping("/research/mirna-volcano.csv")
    ResponseEntity<String> csv() {
        List<List<?>> rows = tests().stream()
                .<List<?>>map(t -> java.util.Arrays.asList(
                        t.mirna(),
                        t.test(),
                        t.n(),
                        t.medianDdcq(),
                        t.pValue(),
                        t.qValue(),
                        t.qValue() == null ? null : VolcanoChart.minusLog10Q(t),
                        t.flaggedSpecimens()))
                .toList();
        return Download.attachment(CsvWriter.text(CSV_HEADER, rows), "mirna-volcano.csv", "text/csv");
    }

    private List<MirnaPairedComparison> tests() {
        return reports.report(ReportOptions.defaults()).map(MirnaPage::paired).orElse(List.of());
    }

    private static List<MirnaPairedComparison> paired(Report report) {
        return report.mirna().stream()
                .filter(MirnaPairedComparison.class::isInstance)
                .map(MirnaPairedComparison.class::cast)
                .toList();
    }
}
