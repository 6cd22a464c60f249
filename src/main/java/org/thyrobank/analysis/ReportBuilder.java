package org.thyrobank.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.thyrobank.analysis.Report.Cohort;
import org.thyrobank.analysis.Report.MirnaQc;
import org.thyrobank.analysis.Report.PrimaryEndpoint;
import org.thyrobank.analysis.Report.QcFlagRow;
import org.thyrobank.analysis.stats.BinomialTest;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.mirna.normalisation.QcFlag;

/**
 * Computes the report from the derived clinical data, the patients' hotspot statuses and the normalised miRNA,
 * with the statistics of {@code analysis.stats} (each the R function analyses.md names). Plain Java.
 */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    public static Report build(ReportInput input) {
        List<PatientOutcome> patients = input.clinical().patients();
        PatientFactors factors = new PatientFactors(input.hotspotStatuses());
        int evaluable = (int) patients.stream().filter(PatientOutcome::evaluable).count();
        return new Report(new Cohort(patients.size(), evaluable),
                primaryEndpoint(patients, input.nullRate()),
                Associations.all(patients, factors),
                SurvivalAnalyses.all(patients, factors),
                MirnaAnalyses.all(input.mirna(), patients, flaggedSpecimens(input)),
                mirnaQc(input),
                Correlations.all(input.bundle(), input.mirna(), patients),
                ClinicalTables.bestOverallResponse(patients),
                ClinicalTables.toxicity(input.clinical()),
                ClinicalTables.dosimetry(patients));
    }

    /** {@code binom.test(responders, evaluable, p0, alternative = "greater")} and the two-sided 95 % interval. */
    static PrimaryEndpoint primaryEndpoint(List<PatientOutcome> patients, double nullRate) {
        LeftOut leftOut = new LeftOut(LeftOut.NOT_EVALUABLE, LeftOut.UNDEFINED_OUTCOME);
        int responders = 0;
        int evaluable = 0;
        for (PatientOutcome patient : patients) {
            if (!patient.evaluable()) {
                leftOut.count(LeftOut.NOT_EVALUABLE);
            } else if (patient.softTissueCr() == null) {
                leftOut.count(LeftOut.UNDEFINED_OUTCOME);
            } else {
                evaluable++;
                responders += patient.softTissueCr() ? 1 : 0;
            }
        }
        String outcome = Outcome.SOFT_TISSUE_CR.name();
        if (evaluable == 0) {
            return new PrimaryEndpoint(outcome, 0, 0, null, Arrays.asList(null, null), nullRate, null,
                    leftOut.counts());
        }
        var test = BinomialTest.test(responders, evaluable, nullRate);
        return new PrimaryEndpoint(outcome, evaluable, responders, test.estimate(),
                List.of(test.ciLower(), test.ciUpper()), nullRate, test.pValueGreater(), leftOut.counts());
    }

    private static Set<String> flaggedSpecimens(ReportInput input) {
        return input.qcFlags().stream().map(QcFlag::specimenId).collect(Collectors.toSet());
    }

    private static MirnaQc mirnaQc(ReportInput input) {
        List<QcFlagRow> flags = input.qcFlags().stream()
                .map(f -> new QcFlagRow(f.plate(), f.specimenId(), f.issue().name(), f.detail())).toList();
        if (input.mirna() == null) {
            return new MirnaQc(input.normalisation(), List.of(), List.of(), input.flaggedExcluded(), flags);
        }
        return new MirnaQc(input.normalisation() == null ? input.mirna().method().spec() : input.normalisation(),
                input.mirna().normaliserAssays(), MirnaAnalyses.detectedEverywhere(input.mirna()),
                input.flaggedExcluded(), flags);
    }
}
