package org.thyrobank.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thyrobank.analysis.Report.CentreRate;
import org.thyrobank.analysis.Report.PrimaryEndpoint;
import org.thyrobank.analysis.Report.ResponseRates;
import org.thyrobank.analysis.stats.BinomialTest;
import org.thyrobank.analysis.stats.FisherExactTest;
import org.thyrobank.clinical.OverallResponse;
import org.thyrobank.clinical.Patient;
import org.thyrobank.clinical.PatientOutcome;

/**
 * The primary endpoint (SOFT_TISSUE_CR among the evaluable) with its sensitivity analysis and per-centre rates, and
 * the best-response rates (docs/analyses.md, Response).
 */
final class Endpoints {

    private Endpoints() {}

    /**
     * {@code binom.test(responders, evaluable, p0, alternative = "greater")} and the two-sided 95 % interval; the
     * sensitivity rate over every patient with a therapy and a 6-month visit, whatever their dosimetry or exit; per
     * centre; {@code fisher.test} of centre (MILAN, NEGRAR) x SOFT_TISSUE_CR among the evaluable.
     */
    static PrimaryEndpoint primary(List<PatientOutcome> patients, double nullRate) {
        LeftOut leftOut = new LeftOut(LeftOut.NOT_EVALUABLE, LeftOut.UNDEFINED_OUTCOME);
        int responders = 0;
        int evaluable = 0;
        Map<Patient.Centre, int[]> byCentre = new LinkedHashMap<>();
        for (Patient.Centre centre : Patient.Centre.values()) {
            byCentre.put(centre, new int[2]);
        }
        for (PatientOutcome patient : patients) {
            if (!patient.evaluable()) {
                leftOut.count(LeftOut.NOT_EVALUABLE);
            } else if (patient.softTissueCr() == null) {
                leftOut.count(LeftOut.UNDEFINED_OUTCOME);
            } else {
                evaluable++;
                responders += patient.softTissueCr() ? 1 : 0;
                if (patient.centre() != null) {
                    int[] counts = byCentre.get(patient.centre());
                    counts[0] += patient.softTissueCr() ? 1 : 0;
                    counts[1]++;
                }
            }
        }
        List<CentreRate> centres = new ArrayList<>();
        byCentre.forEach((centre, counts) -> centres.add(Rates.ofCentre(centre.name(), counts[0], counts[1])));
        int[] milan = byCentre.get(Patient.Centre.MILAN);
        int[] negrar = byCentre.get(Patient.Centre.NEGRAR);
        Double centreP = milan[1] + negrar[1] == 0
                ? null
                : FisherExactTest.test(milan[0], milan[1] - milan[0], negrar[0], negrar[1] - negrar[0])
                        .pValue();
        var sensitivity = sensitivityAllTreated(patients);
        String outcome = Outcome.SOFT_TISSUE_CR.name();
        if (evaluable == 0) {
            return new PrimaryEndpoint(
                    outcome,
                    0,
                    0,
                    null,
                    Arrays.asList(null, null),
                    nullRate,
                    null,
                    leftOut.counts(),
                    sensitivity,
                    centres,
                    centreP);
        }
        var test = BinomialTest.test(responders, evaluable, nullRate);
        return new PrimaryEndpoint(
                outcome,
                evaluable,
                responders,
                test.estimate(),
                List.of(test.ciLower(), test.ciUpper()),
                nullRate,
                test.pValueGreater(),
                leftOut.counts(),
                sensitivity,
                centres,
                centreP);
    }

    /** SOFT_TISSUE_CR over every patient with a therapy and a visit at 6 months, exited or without dosimetry too. */
    private static Report.RateBlock sensitivityAllTreated(List<PatientOutcome> patients) {
        List<Boolean> crs = patients.stream()
                .map(PatientOutcome::softTissueCrAllTreated)
                .filter(java.util.Objects::nonNull)
                .toList();
        return Rates.block((int) crs.stream().filter(Boolean::booleanValue).count(), crs.size());
    }

    /**
     * Evaluable patients by best overall response (CR, PR, SD, PD, NE, every key present), ORR = CR + PR and
     * DCR = CR + PR + SD over the evaluable. An evaluable patient without a response after the baseline is NE.
     */
    static ResponseRates responseRates(List<PatientOutcome> patients) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (OverallResponse response : OverallResponse.values()) {
            counts.put(response.name(), 0);
        }
        int evaluable = 0;
        for (PatientOutcome patient : patients) {
            if (patient.evaluable()) {
                evaluable++;
                OverallResponse best = patient.bestOverallResponse();
                counts.merge(best == null ? OverallResponse.NE.name() : best.name(), 1, Integer::sum);
            }
        }
        int cr = counts.get(OverallResponse.CR.name());
        int pr = counts.get(OverallResponse.PR.name());
        int sd = counts.get(OverallResponse.SD.name());
        return new ResponseRates(counts, Rates.block(cr + pr, evaluable), Rates.block(cr + pr + sd, evaluable));
    }
}
