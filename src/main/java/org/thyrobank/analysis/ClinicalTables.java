package org.thyrobank.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.thyrobank.analysis.Report.AdverseEventRow;
import org.thyrobank.analysis.Report.DosimetryRow;
import org.thyrobank.analysis.Report.LabToxicity;
import org.thyrobank.analysis.Report.Toxicity;
import org.thyrobank.clinical.DerivedClinical;
import org.thyrobank.clinical.LabNadir;
import org.thyrobank.clinical.LabValue;
import org.thyrobank.clinical.OverallResponse;
import org.thyrobank.clinical.PatientOutcome;

/** The descriptive tables: best overall response, toxicity and dosimetry. */
final class ClinicalTables {

    static final String NOT_ASSESSED = "not_assessed";
    private static final int MAX_LAB_GRADE = 4;

    private ClinicalTables() {
    }

    /** Patients by best overall response (RECIST 1.1) CR, PR, SD, PD, NE, and those with none. */
    static Map<String, Integer> bestOverallResponse(List<PatientOutcome> patients) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (OverallResponse response : OverallResponse.values()) {
            counts.put(response.name(), 0);
        }
        counts.put(NOT_ASSESSED, 0);
        for (PatientOutcome patient : patients) {
            OverallResponse best = patient.bestOverallResponse();
            counts.merge(best == null ? NOT_ASSESSED : best.name(), 1, Integer::sum);
        }
        return counts;
    }

    /** Per lab test, patients by the CTCAE grade of their nadir; per adverse event term, counts and worst grade. */
    static Toxicity toxicity(DerivedClinical clinical) {
        Map<LabValue.Analyte, List<LabNadir>> byTest = new TreeMap<>();
        clinical.labNadirs().forEach(n -> byTest.computeIfAbsent(n.test(), t -> new ArrayList<>()).add(n));
        List<LabToxicity> labs = new ArrayList<>();
        byTest.forEach((test, nadirs) -> {
            Map<String, Integer> grades = new LinkedHashMap<>();
            for (int grade = 0; grade <= MAX_LAB_GRADE; grade++) {
                grades.put(Integer.toString(grade), 0);
            }
            nadirs.forEach(n -> grades.merge(Integer.toString(n.grade()), 1, Integer::sum));
            int maxGrade = nadirs.stream().mapToInt(LabNadir::grade).max().orElse(0);
            labs.add(new LabToxicity(test.name(), nadirs.size(), grades, maxGrade));
        });
        List<AdverseEventRow> events = clinical.adverseEvents().stream()
                .map(e -> new AdverseEventRow(e.term(), e.events(), e.patients(), e.maxGrade())).toList();
        return new Toxicity(labs, events);
    }

    static List<DosimetryRow> dosimetry(List<PatientOutcome> patients) {
        return patients.stream().map(p -> new DosimetryRow(p.patientId(), p.mta(), p.recommendedActivity(),
                p.lowestSoftTissueDoseGy(), p.exitToStandardCare(), p.iodineRefractory(), p.radioresistant()))
                .toList();
    }
}
