package org.thyrobank.clinical;

import java.util.List;
import java.util.Optional;

/** Everything derived from a clinical bundle, for a report and a database writer alike. */
public record DerivedClinical(
        List<PatientOutcome> patients,
        List<LesionDose> lesionDoses,
        List<VisitResponse> visits,
        List<GradedLab> labs,
        List<LabNadir> labNadirs) {

    public DerivedClinical {
        patients = List.copyOf(patients);
        lesionDoses = List.copyOf(lesionDoses);
        visits = List.copyOf(visits);
        labs = List.copyOf(labs);
        labNadirs = List.copyOf(labNadirs);
    }

    public Optional<PatientOutcome> patient(String patientId) {
        return patients.stream().filter(p -> p.patientId().equals(patientId)).findFirst();
    }
}
