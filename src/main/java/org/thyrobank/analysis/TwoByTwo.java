package org.thyrobank.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.thyrobank.clinical.PatientOutcome;

/**
 * The patients of a 2x2 table (rows factor present / absent, columns outcome true / false) and the patients left
 * out, each once and in this order: not evaluable (outcomes for evaluable patients only), factor NO_CALL, outcome
 * undefined. The one place the association rules live, for the report and for single queries.
 */
final class TwoByTwo {

    private final List<List<List<String>>> cells =
            List.of(List.of(new ArrayList<>(), new ArrayList<>()), List.of(new ArrayList<>(), new ArrayList<>()));
    private final Map<String, List<String>> leftOut = new LinkedHashMap<>();

    private TwoByTwo() {
        for (String reason : List.of(LeftOut.NOT_EVALUABLE, LeftOut.NO_CALL, LeftOut.UNDEFINED_OUTCOME)) {
            leftOut.put(reason, new ArrayList<>());
        }
    }

    static TwoByTwo count(List<PatientOutcome> patients, Function<PatientOutcome, Boolean> factor, Outcome outcome) {
        return count(patients, factor, outcome, patient -> null);
    }

    /**
     * As {@link #count(List, Function, Outcome)}; a patient whose factor is undefined for a reason other than a
     * NO_CALL ({@code withheldReason} answers it: consent_withdrawn, preliminary_call) is left out under that reason
     * rather than no_call. Such a key is there only when someone is so left out.
     */
    static TwoByTwo count(
            List<PatientOutcome> patients,
            Function<PatientOutcome, Boolean> factor,
            Outcome outcome,
            Function<PatientOutcome, String> withheldReason) {
        TwoByTwo counted = new TwoByTwo();
        for (PatientOutcome patient : patients) {
            Boolean level = factor.apply(patient);
            Boolean result = outcome.of(patient);
            String withheld = level == null ? withheldReason.apply(patient) : null;
            if (outcome.evaluableOnly() && !patient.evaluable()) {
                counted.leftOut.get(LeftOut.NOT_EVALUABLE).add(patient.patientId());
            } else if (withheld != null) {
                counted.leftOut
                        .computeIfAbsent(withheld, reason -> new ArrayList<>())
                        .add(patient.patientId());
            } else if (level == null) {
                counted.leftOut.get(LeftOut.NO_CALL).add(patient.patientId());
            } else if (result == null) {
                counted.leftOut.get(LeftOut.UNDEFINED_OUTCOME).add(patient.patientId());
            } else {
                counted.cells.get(level ? 0 : 1).get(result ? 0 : 1).add(patient.patientId());
            }
        }
        return counted;
    }

    int count(int row, int column) {
        return cells.get(row).get(column).size();
    }

    int n() {
        return count(0, 0) + count(0, 1) + count(1, 0) + count(1, 1);
    }

    List<List<Integer>> table() {
        return List.of(List.of(count(0, 0), count(0, 1)), List.of(count(1, 0), count(1, 1)));
    }

    /** Patient ids per cell, [row][column], in the order the patients were given. */
    List<List<List<String>>> cellPatients() {
        return cells.stream()
                .map(row -> row.stream().map(List::copyOf).toList())
                .toList();
    }

    Map<String, Integer> leftOutCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        leftOut.forEach((reason, ids) -> counts.put(reason, ids.size()));
        return counts;
    }

    Map<String, List<String>> leftOutPatients() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        leftOut.forEach((reason, ids) -> copy.put(reason, List.copyOf(ids)));
        return copy;
    }
}
