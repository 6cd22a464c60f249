package org.thyrobank.web.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.Consent;
import org.thyrobank.clinical.ConsentExclusions;
import org.thyrobank.clinical.Consents;

/**
 * Consent (ADMIN): per enrolled patient and scope, what clinical/consent.csv records, and how many patients each
 * scope leaves out (docs/consent.md). Without consent.csv the page says that consent is not recorded.
 */
@Controller
class ConsentPage {

    private final ClinicalQueries clinical;

    ConsentPage(ClinicalQueries clinical) {
        this.clinical = clinical;
    }

    @GetMapping("/consent")
    String consent(Model model) {
        Consents consents = clinical.consents();
        ConsentExclusions exclusions = clinical.consentExclusions();
        List<ScopeCount> counts = new ArrayList<>();
        for (Consent.Scope scope : Consent.Scope.values()) {
            counts.add(new ScopeCount(
                    scope.name(),
                    exclusions.excluded().get(scope).size(),
                    exclusions.stopNewData().get(scope).size()));
        }
        List<PatientRow> rows = new ArrayList<>();
        if (consents.isRecorded()) {
            for (String patientId : clinical.enrolledPatientIds()) {
                List<Cell> cells = new ArrayList<>();
                for (Consent.Scope scope : Consent.Scope.values()) {
                    cells.add(cell(consents.of(patientId, scope)));
                }
                rows.add(new PatientRow(patientId, cells));
            }
        }
        model.addAttribute("recorded", consents.isRecorded());
        model.addAttribute("scopes", List.of(Consent.Scope.values()));
        model.addAttribute("counts", counts);
        model.addAttribute("rows", rows);
        return "consent";
    }

    /** What one patient's row for one scope says, and its state for the page's colours. */
    private static Cell cell(Optional<Consent> row) {
        if (row.isEmpty()) {
            return new Cell("no consent", "refused");
        }
        Consent consent = row.get();
        if (consent.withdrawnOn() == null) {
            return new Cell("given " + consent.givenOn(), "given");
        }
        if (consent.stopsAllUse()) {
            return new Cell("withdrawn " + consent.withdrawnOn() + " (STOP_ALL_USE)", "refused");
        }
        return new Cell("withdrawn " + consent.withdrawnOn() + " (STOP_NEW_DATA)", "partial");
    }

    record ScopeCount(String scope, int excluded, int stopNewData) {}

    record PatientRow(String patientId, List<Cell> cells) {}

    record Cell(String text, String state) {}
}
