package org.thyrobank.analysis;

import java.util.ArrayList;
import java.util.Comparator;
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

    /**
     * @param patients          the patients research may use
     * @param consentWithdrawn  the other enrolled patients: they leave right after {@code enrolled} (CONSENT_WITHDRAWN)
     */
    static Report.Populations of(List<PatientOutcome> patients, List<String> consentWithdrawn) {
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
        consentWithdrawn.forEach(id -> leftOut.add(new PopulationExit(
                id,
                AnalysisPopulation.Reason.CONSENT_WITHDRAWN.step().label(),
                AnalysisPopulation.Reason.CONSENT_WITHDRAWN.name())));
        leftOut.sort(Comparator.comparing(PopulationExit::patientId));
        return new Report.Populations(
                patients.size() + consentWithdrawn.size(), dosimetry, exited, treated, evaluable, leftOut);
    }
}
