package org.thyrobank.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.thyrobank.analysis.Report.DosimetryRow;
import org.thyrobank.analysis.Report.LabToxicity;
import org.thyrobank.clinical.DerivedClinical;
import org.thyrobank.clinical.LabNadir;
import org.thyrobank.clinical.LabValue;
import org.thyrobank.clinical.PatientOutcome;

/** The descriptive tables: haematological nadirs and dosimetry. */
final class ClinicalTables {

    private static final int MAX_LAB_GRADE = 4;

    private ClinicalTables() {}

    /** Per lab test, patients by the CTCAE grade of their nadir after therapy. */
    static List<LabToxicity> labNadirs(DerivedClinical clinical) {
        Map<LabValue.Analyte, List<LabNadir>> byTest = new TreeMap<>();
        clinical.labNadirs()
                .forEach(n ->
                        byTest.computeIfAbsent(n.test(), t -> new ArrayList<>()).add(n));
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
        return labs;
    }

    static List<DosimetryRow> dosimetry(List<PatientOutcome> patients) {
        return patients.stream()
                .map(p -> new DosimetryRow(
                        p.patientId(),
                        p.mta(),
                        p.recommendedActivity(),
                        p.lowestSoftTissueDoseGy(),
                        p.exitToStandardCare(),
                        p.iodineRefractory(),
                        p.radioresistant()))
                .toList();
    }
}
