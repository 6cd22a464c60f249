package org.thyrobank.web.research;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.DerivedClinical;
import org.thyrobank.clinical.PatientOutcome;

/** Dosimetry (RESEARCHER, ADMIN): each lesion's dose against its 80/650 Gy threshold and the patient's MTA. */
@Controller
class DosimetryPage {

    private final ClinicalQueries clinical;

    DosimetryPage(ClinicalQueries clinical) {
        this.clinical = clinical;
    }

    @GetMapping("/research/dosimetry")
    String dosimetry(Model model) {
        List<DoseRow> rows = rows();
        model.addAttribute("rows", rows);
        model.addAttribute("chart", rows.isEmpty() ? null : DoseChart.svg(rows));
        return "research/dosimetry";
    }

    @GetMapping("/research/dosimetry.svg")
    ResponseEntity<String> svg() {
        return Csv.download(DoseChart.svg(rows()), "lesion-doses.svg", "image/svg+xml");
    }

    @GetMapping("/research/dosimetry.csv")
    ResponseEntity<String> csv() {
        List<List<?>> cells = rows().stream().<List<?>>map(DoseRow::cells).toList();
        return Csv.download(Csv.of(DoseRow.CSV_HEADER, cells), "lesion-doses.csv", "text/csv");
    }

    private List<DoseRow> rows() {
        if (clinical.bundle().isEmpty()) {
            return List.of();
        }
        DerivedClinical derived = clinical.derived();
        Map<String, PatientOutcome> patients = derived.patients().stream()
                .collect(Collectors.toMap(PatientOutcome::patientId, Function.identity()));
        return derived.lesionDoses().stream()
                .sorted(Comparator.comparing(d -> d.patientId() + "\u0000" + d.lesionId()))
                .map(d -> DoseRow.of(d, patients.get(d.patientId()))).toList();
    }
}
