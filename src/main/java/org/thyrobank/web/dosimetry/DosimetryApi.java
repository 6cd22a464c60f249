package org.thyrobank.web.dosimetry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thyrobank.analysis.freeze.Freezes;
import org.thyrobank.web.NotFoundException;
import org.thyrobank.web.QueryParameterDocs;

/** The dosimetry page's table as JSON. Tagged as the research pages' API it was part of. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "research-api")
class DosimetryApi {

    private final LesionDoseRows doses;

    private final Freezes freezes;

    DosimetryApi(LesionDoseRows doses, Freezes freezes) {
        this.doses = doses;
        this.freezes = freezes;
    }

    @Operation(
            summary = "Lesion doses (RESEARCHER, ADMIN)",
            description = "Every lesion with its predicted Gy/GBq, the dose of the administered activity, the dose the"
                    + " patient's MTA would give, its site's threshold (80 Gy soft tissue, 650 Gy bone), whether the"
                    + " dose reaches it, and the lesion class; the dosimetry page's table.")
    @GetMapping("/lesion-doses")
    List<DoseRow> lesionDoses(
            @Parameter(description = "Only this patient's lesions; all when absent", example = "MI-001")
                    @RequestParam(required = false)
                    String patient,
            @Parameter(description = QueryParameterDocs.FREEZE, example = "paper-1") @RequestParam(required = false)
                    String freeze) {
        List<DoseRow> rows = freeze == null
                ? doses.rows()
                : LesionDoseRows.rows(freezes.data(freeze).derived());
        if (patient == null || patient.isBlank()) {
            return rows;
        }
        List<DoseRow> own =
                rows.stream().filter(r -> r.patientId().equals(patient)).toList();
        if (own.isEmpty()) {
            throw new NotFoundException("no lesion doses for patient " + patient);
        }
        return own;
    }
}
