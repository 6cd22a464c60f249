package org.thyrobank.analysis;

import java.util.List;
import java.util.Map;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.DerivedClinical;
import org.thyrobank.clinical.OverallResponse;
import org.thyrobank.clinical.PatientOutcome;

/** Small hand-made cohorts for the report's edge cases. */
final class TinyCohorts {

    private TinyCohorts() {}

    /**
     * A treated, FDG-positive patient with dosimetry (refractory = CR, for the association tests) and PFS = OS = 12
     * months with an event; not evaluable means treated without a visit at 6 months.
     */
    static PatientOutcome patient(String id, boolean evaluable, boolean cr) {
        return new PatientOutcome(
                id,
                null,
                null,
                evaluable,
                evaluable ? cr : null,
                cr ? OverallResponse.CR : OverallResponse.SD,
                cr,
                evaluable ? !cr : null,
                true,
                false,
                null,
                null,
                12.0,
                true,
                12.0,
                true,
                null,
                true,
                true,
                evaluable ? cr : null,
                null);
    }

    static PatientOutcome withoutFdg(String id) {
        return new PatientOutcome(
                id,
                null,
                null,
                true,
                false,
                OverallResponse.SD,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true,
                true,
                false,
                null);
    }

    static ClinicalBundle emptyBundle() {
        return new ClinicalBundle(
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static ReportInput input(List<PatientOutcome> patients, Map<String, Map<String, String>> hotspots) {
        var clinical = new DerivedClinical(patients, List.of(), List.of(), List.of(), List.of());
        return new ReportInput(clinical, emptyBundle(), hotspots, null, List.of(), null, false, 0.2);
    }

    static Map<String, String> braf(String status) {
        return Map.of("BRAF_V600E", status, "TERT_C228T", "WILD_TYPE", "TERT_C250T", "WILD_TYPE");
    }
}
