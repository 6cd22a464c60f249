package org.thyrobank.web.survival;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thyrobank.analysis.Report;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.analysis.freeze.Freezes;
import org.thyrobank.web.QueryParameterDocs;

@RestController
@RequestMapping("/api/v1")
class SurvivalController {

    private final ReportService reports;
    private final Freezes freezes;

    SurvivalController(ReportService reports, Freezes freezes) {
        this.reports = reports;
        this.freezes = freezes;
    }

    /**
     * Kaplan-Meier by a factor, as the survival page draws it, from the data as they are now or as a freeze kept
     * them; 400 naming a bad parameter, 404 for an unknown freeze.
     */
    @Operation(
            summary = "PFS or OS by a factor (RESEARCHER, ADMIN)",
            description =
                    "Kaplan-Meier curve per level (time, at risk, events, censored, survival), median with CI,"
                            + " log-rank p and the Cox hazard ratio of the first level against the second, the patients left out.")
    @GetMapping("/survival")
    Report.GroupedSurvival survival(
            @Parameter(description = "PFS or OS", example = "PFS") @RequestParam(required = false) String endpoint,
            @Parameter(
                            description =
                                    "BRAF_V600E, TERT_PROMOTER, BRAF_V600E+TERT, FDG_POSITIVE or a catalogue hotspot id",
                            example = "TERT_PROMOTER")
                    @RequestParam(required = false)
                    String factor,
            @Parameter(description = QueryParameterDocs.INCLUDE_PRELIMINARY) @RequestParam(required = false)
                    Boolean includePreliminary,
            @Parameter(description = QueryParameterDocs.FREEZE, example = "paper-1") @RequestParam(required = false)
                    String freeze) {
        boolean preliminary = ReportService.included(includePreliminary);
        if (freeze != null) {
            return freezes.survival(freeze, endpoint, factor, preliminary);
        }
        return reports.survival(endpoint, factor, preliminary)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "no patients: the database holds no clinical data"));
    }
}
