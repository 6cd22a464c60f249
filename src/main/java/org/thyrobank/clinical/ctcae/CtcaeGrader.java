package org.thyrobank.clinical.ctcae;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.thyrobank.clinical.GradedLab;
import org.thyrobank.clinical.LabNadir;
import org.thyrobank.clinical.LabValue;

/** Grades blood counts by CTCAE v4.0 ({@code reference/ctcae-v4.tsv}) and finds each patient's nadirs. */
public final class CtcaeGrader {

    private final CtcaeTable table;

    CtcaeGrader(CtcaeTable table) {
        this.table = table;
    }

    public static CtcaeGrader fromReference() {
        return new CtcaeGrader(CtcaeTable.fromReference());
    }

    public GradedLab grade(LabValue lab) {
        return new GradedLab(lab, lab.gradingValue(), table.grade(lab.test(), lab.gradingValue()));
    }

    /**
     * One patient's nadir per test among the values drawn after the first therapy (the therapy day itself is
     * pre-dose): the lowest value in the grading unit, the earliest when tied, with its grade.
     */
    public List<LabNadir> nadirs(String patientId, LocalDate firstTherapy, List<GradedLab> labs) {
        Map<LabValue.Analyte, List<GradedLab>> byTest = labs.stream()
                .filter(g -> g.lab().patientId().equals(patientId)
                        && g.lab().drawnOn().isAfter(firstTherapy))
                .collect(Collectors.groupingBy(g -> g.lab().test(), TreeMap::new, Collectors.toList()));
        return byTest.values().stream()
                .map(values -> values.stream()
                        .min(Comparator.comparing(GradedLab::gradingValue)
                                .thenComparing(g -> g.lab().drawnOn()))
                        .orElseThrow())
                .map(g -> new LabNadir(
                        patientId,
                        g.lab().test(),
                        g.lab().drawnOn(),
                        g.gradingValue(),
                        g.lab().test().gradingUnit(),
                        g.grade()))
                .toList();
    }
}
