package org.thyrobank.analysis;

import java.util.ArrayList;
import java.util.List;
import org.thyrobank.analysis.Report.PopulationExit;
import org.thyrobank.clinical.AnalysisPopulation;
import org.thyrobank.clinical.PatientOutcome;

/**
 * The analysis populations as a CONSORT-style flow: enrolled -> dosimetry -> (exited) -> treated -> evaluable, with
 * every patient who leaves it, in patient order, at the step left from and for one reason.
 */
final class Populations {

    private Populations() {}

    static Report.Populations of(List<PatientOutcome> patients) {
        int dosimetry = 0;
        int exited = 0;
        int treated = 0;
        int evaluable = 0;
        List<PopulationExit> leftOut = new ArrayList<>();
        for (PatientOutcome patient : patients) {
            dosimetry += patient.inDosimetry() ? 1 : 0;
            exited += Boolean.TRUE.equals(patient.exitToStandardCare()) ? 1 : 0;
            treated += patient.treated() ? 1 : 0;
            evaluable += patient.evaluable() ? 1 : 0;
            AnalysisPopulation.Reason reason = AnalysisPopulation.leftOut(patient);
            if (reason != null) {
                leftOut.add(
                        new PopulationExit(patient.patientId(), reason.step().label(), reason.name()));
            }
        }
        return new Report.Populations(patients.size(), dosimetry, exited, treated, evaluable, leftOut);
    }
}
