package org.thyrobank.web.cohort;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thyrobank.analysis.freeze.Freezes;
import org.thyrobank.web.QueryParameterDocs;

/** The cohort page's table as JSON, with the same filters. Tagged as the research pages' API it was part of. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "research-api")
class CohortApi {

    private final CohortRows cohort;

    private final Freezes freezes;

    CohortApi(CohortRows cohort, Freezes freezes) {
        this.cohort = cohort;
        this.freezes = freezes;
    }

    @Operation(
            summary = "The cohort page's rows (RESEARCHER, ADMIN)",
            description = "One row per patient: the analysis population reached (enrolled, dosimetry, treated,"
                    + " evaluable) and why the patient left the flow there, centre, histology, BRAF V600E and TERT promoter status (MUTANT, WILD_TYPE,"
                    + " NO_CALL), FDG, IODINE_REFRACTORY, RADIORESISTANT, exit to standard care, MTA, best response,"
                    + " PFS/OS. Each filter given narrows the rows; a bad value is 400 naming it.")
    @GetMapping("/cohort")
    List<CohortRow> cohort(
            @Parameter(description = "MILAN or NEGRAR", example = "MILAN") @RequestParam(required = false)
                    String centre,
            @Parameter(description = "PAPILLARY, FOLLICULAR, ONCOCYTIC or POORLY_DIFFERENTIATED")
                    @RequestParam(required = false)
                    String histology,
            @Parameter(description = "BRAF V600E status: MUTANT, WILD_TYPE or NO_CALL", example = "MUTANT")
                    @RequestParam(required = false)
                    String braf,
            @Parameter(description = "TERT promoter status: MUTANT, WILD_TYPE or NO_CALL")
                    @RequestParam(required = false)
                    String tert,
            @Parameter(description = "Best overall response: CR, PR, SD, PD or NE")
                    @RequestParam(name = "best_response", required = false)
                    String bestResponse,
            @Parameter(description = QueryParameterDocs.FREEZE, example = "paper-1") @RequestParam(required = false)
                    String freeze) {
        CohortFilter filter = new CohortFilter(centre, histology, braf, tert, bestResponse);
        return freeze == null ? cohort.rows(filter) : cohort.rows(filter, freezes.data(freeze));
    }
}
