package org.thyrobank.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.thyrobank.analysis.Report.Association;
import org.thyrobank.analysis.stats.BenjaminiHochberg;
import org.thyrobank.analysis.stats.FisherExactTest;
import org.thyrobank.clinical.PatientOutcome;

/**
 * The 2x2 associations of every factor with every outcome: Fisher's exact test as {@code fisher.test(table)}, rows
 * the factor present / absent, columns the outcome true / false; who is left out is {@link TwoByTwo}'s rule.
 */
final class Associations {

    static final String METHOD = "fisher_exact";

    private Associations() {}

    /** The factors tested against every outcome; FDG_POSITIVE_POST is tested against SOFT_TISSUE_CR only. */
    static final List<Factor> AGAINST_EVERY_OUTCOME =
            List.of(Factor.BRAF_V600E, Factor.TERT_PROMOTER, Factor.BRAF_V600E_AND_TERT, Factor.FDG_POSITIVE);

    /** Every factor x outcome row of the report, with Benjamini-Hochberg q values over all of them. */
    static List<Association> all(List<PatientOutcome> patients, PatientFactors factors) {
        List<Association> associations = new ArrayList<>();
        for (Factor factor : AGAINST_EVERY_OUTCOME) {
            for (Outcome outcome : Outcome.values()) {
                associations.add(of(factor, outcome, patients, factors));
            }
        }
        associations.add(of(Factor.FDG_POSITIVE_POST, Outcome.SOFT_TISSUE_CR, patients, factors));
        List<Double> q = BenjaminiHochberg.adjust(
                associations.stream().map(Association::pValue).toList());
        List<Association> adjusted = new ArrayList<>();
        for (int i = 0; i < associations.size(); i++) {
            Association a = associations.get(i);
            adjusted.add(new Association(
                    a.factor(),
                    a.outcome(),
                    a.method(),
                    a.levels(),
                    a.table(),
                    a.n(),
                    a.oddsRatio(),
                    a.oddsRatioCi95(),
                    a.pValue(),
                    q.get(i),
                    a.leftOut()));
        }
        return adjusted;
    }

    static Association of(Factor factor, Outcome outcome, List<PatientOutcome> patients, PatientFactors factors) {
        TwoByTwo counted = TwoByTwo.count(
                patients,
                patient -> factors.of(factor, patient),
                outcome,
                patient -> factors.withheldReason(factor, patient));
        var fisher = FisherExactTest.test(
                counted.count(0, 0), counted.count(0, 1), counted.count(1, 0), counted.count(1, 1));
        return new Association(
                factor.label(),
                outcome.name(),
                METHOD,
                List.of(factor.presentLevel(), factor.absentLevel()),
                counted.table(),
                counted.n(),
                finite(fisher.oddsRatio()),
                Arrays.asList(finite(fisher.oddsRatioCiLower()), finite(fisher.oddsRatioCiUpper())),
                fisher.pValue(),
                null,
                counted.leftOutCounts());
    }

    /** JSON has no infinity: an infinite odds ratio or bound is reported as undefined. */
    static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
