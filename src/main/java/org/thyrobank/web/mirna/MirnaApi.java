package org.thyrobank.web.mirna;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thyrobank.analysis.Report;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.analysis.freeze.Freezes;
import org.thyrobank.web.NotFoundException;
import org.thyrobank.web.QueryParameterDocs;

/** The miRNA page's QC table as JSON. Tagged as the research pages' API it was part of. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "research-api")
class MirnaApi {

    private final ReportService reports;

    private final Freezes freezes;

    MirnaApi(ReportService reports, Freezes freezes) {
        this.reports = reports;
        this.freezes = freezes;
    }

    @Operation(
            summary = "miRNA QC flags (RESEARCHER, ADMIN)",
            description =
                    "The report's miRNA QC: the normalisation and its normaliser assays, the miRNAs tested, whether"
                            + " flagged specimens were left out, and every flag (detection, spike-in, haemolysis) per plate and"
                            + " specimen; the miRNA page's QC table.")
    @GetMapping("/mirna-qc")
    Report.MirnaQc mirnaQc(
            @Parameter(description = QueryParameterDocs.FREEZE, example = "paper-1") @RequestParam(required = false)
                    String freeze,
            Authentication user) {
        if (freeze != null) {
            return freezes.report(freeze, ReportOptions.defaults(), user.getName())
                    .mirnaQc();
        }
        return reports.report(ReportOptions.defaults())
                .map(Report::mirnaQc)
                .orElseThrow(() -> new NotFoundException("no patients: the database holds no clinical data"));
    }
}
