package org.thyrobank.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.thyrobank.analysis.Report.Association;
import org.thyrobank.analysis.stats.FisherExactTest;
import org.thyrobank.clinical.PatientOutcome;

/**
 * The 2x2 associations of every factor with every outcome: Fisher's exact test as {@code fisher.test(table)}, rows
 * the factor present / absent, columns the outcome true / false. Left out, each patient once: not evaluable (for
 * SOFT_TISSUE_CR and RADIORESISTANT), then factor NO_CALL, then outcome undefined.
 */
final class Associations {

    static final String METHOD = "fisher_exact";

    private Associations() {
    }

    static List<Association> all(List<PatientOutcome> patients, PatientFactors factors) {
        List<Association> associations = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            for (Outcome outcome : Outcome.values()) {
                associations.add(of(factor, outcome, patients, factors));
            }
        }
        return associations;
    }

    static Association of(Factor factor, Outcome outcome, List<PatientOutcome> patients, PatientFactors factors) {
        int[][] table = new int[2][2];
        LeftOut leftOut = new LeftOut(LeftOut.NOT_EVALUABLE, LeftOut.NO_CALL, LeftOut.UNDEFINED_OUTCOME);
        for (PatientOutcome patient : patients) {
            Boolean level = factors.of(factor, patient);
            Boolean result = outcome.of(patient);
            if (outcome.evaluableOnly() && !patient.evaluable()) {
                leftOut.count(LeftOut.NOT_EVALUABLE);
            } else if (level == null) {
                leftOut.count(LeftOut.NO_CALL);
            } else if (result == null) {
                leftOut.count(LeftOut.UNDEFINED_OUTCOME);
            } else {
                table[level ? 0 : 1][result ? 0 : 1]++;
            }
        }
        int n = Arrays.stream(table).flatMapToInt(Arrays::stream).sum();
        var fisher = FisherExactTest.test(table[0][0], table[0][1], table[1][0], table[1][1]);
        return new Association(factor.label(), outcome.name(), METHOD,
                List.of(factor.presentLevel(), factor.absentLevel()),
                List.of(List.of(table[0][0], table[0][1]), List.of(table[1][0], table[1][1])), n,
                finite(fisher.oddsRatio()),
                Arrays.asList(finite(fisher.oddsRatioCiLower()), finite(fisher.oddsRatioCiUpper())),
                fisher.pValue(), leftOut.counts());
    }

    /** JSON has no infinity: an infinite odds ratio or bound is reported as undefined. */
    static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
