package org.thyrobank.web.associations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thyrobank.analysis.AssociationQuery;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.analysis.freeze.Freezes;
import org.thyrobank.web.QueryParameterDocs;

@RestController
@RequestMapping("/api/v1")
class AssociationController {

    private final ReportService reports;
    private final Freezes freezes;

    AssociationController(ReportService reports, Freezes freezes) {
        this.reports = reports;
        this.freezes = freezes;
    }

    /**
     * One 2x2 association with Fisher's test and the patients behind each cell, from the data as they are now or as a
     * freeze kept them; 400 naming a bad parameter, 404 for an unknown freeze.
     */
    @Operation(
            summary = "One factor against one outcome (RESEARCHER, ADMIN)",
            description = "The 2x2 table (rows the factor's levels, columns the outcome yes/no), Fisher's exact p, the"
                    + " conditional MLE odds ratio with its 95 % CI (null when infinite), the patients left out by reason,"
                    + " and the patient ids behind each cell. Same rules as the report's associations.")
    @GetMapping("/associations")
    AssociationQuery.Answer association(
            @Parameter(
                            description =
                                    "BRAF_V600E, TERT_PROMOTER, BRAF_V600E+TERT, FDG_POSITIVE or a catalogue hotspot id"
                                            + " (MUTANT against WILD_TYPE)",
                            example = "TERT_PROMOTER")
                    @RequestParam(required = false)
                    String factor,
            @Parameter(description = "SOFT_TISSUE_CR, IODINE_REFRACTORY or RADIORESISTANT", example = "SOFT_TISSUE_CR")
                    @RequestParam(required = false)
                    String outcome,
            @Parameter(description = "Only this centre (MILAN, NEGRAR); all when absent", example = "MILAN")
                    @RequestParam(required = false)
                    String centre,
            @Parameter(
                            description =
                                    "Only this histology (PAPILLARY, FOLLICULAR, ONCOCYTIC, POORLY_DIFFERENTIATED)",
                            example = "PAPILLARY")
                    @RequestParam(required = false)
                    String histology,
            @Parameter(description = QueryParameterDocs.INCLUDE_PRELIMINARY) @RequestParam(required = false)
                    Boolean includePreliminary,
            @Parameter(description = QueryParameterDocs.FREEZE, example = "paper-1") @RequestParam(required = false)
                    String freeze) {
        boolean preliminary = ReportService.included(includePreliminary);
        if (freeze != null) {
            return freezes.association(freeze, factor, outcome, centre, histology, preliminary);
        }
        return reports.association(factor, outcome, centre, histology, preliminary)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "no patients: the database holds no clinical data"));
    }
}
