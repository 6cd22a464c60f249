package org.thyrobank.web.dosimetry;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.DerivedClinical;
import org.thyrobank.clinical.PatientOutcome;

/** Every lesion's dose as the dosimetry page, its CSV and {@code GET /api/v1/lesion-doses} show it. */
@Component
class LesionDoseRows {

    private final ClinicalQueries clinical;

    LesionDoseRows(ClinicalQueries clinical) {
        this.clinical = clinical;
    }

    List<DoseRow> rows() {
        if (clinical.bundle().isEmpty()) {
            return List.of();
        }
        return rows(clinical.derived());
    }

    /** The rows of {@code derived}: the database's now, or a data freeze's. */
    static List<DoseRow> rows(DerivedClinical derived) {
        Map<String, PatientOutcome> patients =
                derived.patients().stream().collect(Collectors.toMap(PatientOutcome::patientId, Function.identity()));
        return derived.lesionDoses().stream()
                .sorted(Comparator.comparing(d -> d.patientId() + "\u0000" + d.lesionId()))
                .map(d -> DoseRow.of(d, patients.get(d.patientId())))
                .toList();
    }
}
