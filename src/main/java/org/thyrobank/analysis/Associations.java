package org.thyrobank.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.thyrobank.analysis.Report.Association;
import org.thyrobank.analysis.stats.FisherExactTest;
import org.thyrobank.clinical.PatientOutcome;

/**
 * The 2x2 associations of every factor with every outcome: Fisher's exact test as {@code fisher.test(table)}, rows
 * the factor present / absent, columns the outcome true / false; who is left out is {@link TwoByTwo}'s rule.
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
        TwoByTwo counted = TwoByTwo.count(patients, patient -> factors.of(factor, patient), outcome);
        var fisher = FisherExactTest.test(counted.count(0, 0), counted.count(0, 1), counted.count(1, 0), counted.count(1, 1));
        return new Association(factor.label(), outcome.name(), METHOD,
                List.of(factor.presentLevel(), factor.absentLevel()), counted.table(), counted.n(),
                finite(fisher.oddsRatio()),
                Arrays.asList(finite(fisher.oddsRatioCiLower()), finite(fisher.oddsRatioCiUpper())),
                fisher.pValue(), counted.leftOutCounts());
    }

    /** JSON has no infinity: an infinite odds ratio or bound is reported as undefined. */
    static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
