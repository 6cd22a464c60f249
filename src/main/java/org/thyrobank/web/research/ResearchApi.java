package org.thyrobank.web.research;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thyrobank.analysis.Report;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.web.NotFoundException;

/** The research pages' own tables as JSON: the cohort with its filters, the lesion doses, the miRNA QC flags. */
@RestController
@RequestMapping("/api/v1")
class ResearchApi {

    private final CohortRows cohort;
    private final LesionDoseRows doses;
    private final ReportService reports;

    ResearchApi(CohortRows cohort, LesionDoseRows doses, ReportService reports) {
        this.cohort = cohort;
        this.doses = doses;
        this.reports = reports;
    }

    @Operation(summary = "The cohort page's rows (RESEARCHER, ADMIN)",
            description = "One row per patient: centre, histology, BRAF V600E and TERT promoter status (MUTANT, WILD_TYPE,"
                    + " NO_CALL), FDG, IODINE_REFRACTORY, RADIORESISTANT, exit to standard care, MTA, best response,"
                    + " PFS/OS. Each filter given narrows the rows; a bad value is 400 naming it.")
    @GetMapping("/cohort")
    List<CohortRow> cohort(
            @Parameter(description = "MILAN or NEGRAR", example = "MILAN") @RequestParam(required = false) String centre,
            @Parameter(description = "PAPILLARY, FOLLICULAR, ONCOCYTIC or POORLY_DIFFERENTIATED")
            @RequestParam(required = false) String histology,
            @Parameter(description = "BRAF V600E status: MUTANT, WILD_TYPE or NO_CALL", example = "MUTANT")
            @RequestParam(required = false) String braf,
            @Parameter(description = "TERT promoter status: MUTANT, WILD_TYPE or NO_CALL")
            @RequestParam(required = false) String tert,
            @Parameter(description = "Best overall response: CR, PR, SD, PD or NE")
            @RequestParam(name = "best_response", required = false) String bestResponse) {
        return cohort.rows(new CohortFilter(centre, histology, braf, tert, bestResponse));
    }

    @Operation(summary = "Lesion doses (RESEARCHER, ADMIN)",
            description = "Every lesion with its predicted Gy/GBq, the dose of the administered activity, the dose the"
                    + " patient's MTA would give, its site's threshold (80 Gy soft tissue, 650 Gy bone), whether the"
                    + " dose reaches it, and the lesion class; the dosimetry page's table.")
    @GetMapping("/lesion-doses")
    List<DoseRow> lesionDoses(@Parameter(description = "Only this patient's lesions; all when absent", example = "MI-001")
                              @RequestParam(required = false) String patient) {
        List<DoseRow> rows = doses.rows();
        if (patient == null || patient.isBlank()) {
            return rows;
        }
        List<DoseRow> own = rows.stream().filter(r -> r.patientId().equals(patient)).toList();
        if (own.isEmpty()) {
            throw new NotFoundException("no lesion doses for patient " + patient);
        }
        return own;
    }

    @Operation(summary = "miRNA QC flags (RESEARCHER, ADMIN)",
            description = "The report's miRNA QC: the normalisation and its normaliser assays, the miRNAs tested, whether"
                    + " flagged specimens were left out, and every flag (detection, spike-in, haemolysis) per plate and"
                    + " specimen; the miRNA page's QC table.")
    @GetMapping("/mirna-qc")
    Report.MirnaQc mirnaQc() {
        return reports.report(ReportOptions.defaults()).map(Report::mirnaQc)
                .orElseThrow(() -> new NotFoundException("no patients: the database holds no clinical data"));
    }
}
