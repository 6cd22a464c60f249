package org.thyrobank.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thyrobank.analysis.Report.Correlation;
import org.thyrobank.analysis.stats.BenjaminiHochberg;
import org.thyrobank.analysis.stats.SpearmanCorrelation;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.LesionDosimetry;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.mirna.normalisation.Normalisation;

/**
 * Spearman correlations ({@code cor.test(x, y, method = "spearman")}): lesion pre-treatment FDG SUVmax against the lesion's
 * 124I-predicted Gy/GBq over every lesion with both (the FDG / iodine flip-flop; lesions of one patient are not
 * independent, so read the p as descriptive), and per miRNA the patients' PRE dCq against their lowest soft-tissue
 * lesion dose, with BH q across miRNAs. Fewer than 3 pairs give no figures.
 */
final class Correlations {

    static final String FLIP_FLOP = "fdg_suvmax_vs_gy_per_gbq";
    static final String MIRNA_DOSE = "pre_dcq_vs_lowest_soft_tissue_dose";
    private static final int MINIMUM_PAIRS = 3;

    private Correlations() {}

    static List<Correlation> all(ClinicalBundle bundle, Normalisation normalisation, List<PatientOutcome> patients) {
        List<Correlation> correlations = new ArrayList<>();
        correlations.add(flipFlop(bundle));
        if (normalisation == null) {
            return correlations;
        }
        List<Correlation> byMirna = new ArrayList<>();
        MirnaAnalyses.ByMirna rows = MirnaAnalyses.ByMirna.of(normalisation);
        for (String mirna : MirnaAnalyses.detectedEverywhere(normalisation)) {
            Map<String, Double> pre = rows.preDeltaCq(mirna);
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (PatientOutcome patient : patients) {
                if (pre.containsKey(patient.patientId()) && patient.lowestSoftTissueDoseGy() != null) {
                    x.add(pre.get(patient.patientId()));
                    y.add(patient.lowestSoftTissueDoseGy().doubleValue());
                }
            }
            byMirna.add(spearman(MIRNA_DOSE, mirna, x, y));
        }
        List<Double> q = BenjaminiHochberg.adjust(
                byMirna.stream().map(Correlation::pValue).toList());
        for (int i = 0; i < byMirna.size(); i++) {
            Correlation c = byMirna.get(i);
            correlations.add(new Correlation(c.name(), c.mirna(), c.n(), c.rho(), c.pValue(), q.get(i)));
        }
        return correlations;
    }

    private static Correlation flipFlop(ClinicalBundle bundle) {
        Map<String, LesionDosimetry> uptake = bundle.lesionDosimetry().stream()
                .collect(Collectors.toMap(d -> d.patientId() + "/" + d.lesionId(), Function.identity()));
        List<Double> suvMax = new ArrayList<>();
        List<Double> gyPerGbq = new ArrayList<>();
        bundle.fdgLesions().stream()
                .filter(org.thyrobank.clinical.FdgLesion::pre)
                .forEach(fdg -> {
                    LesionDosimetry dose = uptake.get(fdg.patientId() + "/" + fdg.lesionId());
                    if (dose != null) {
                        suvMax.add(fdg.suvMax().doubleValue());
                        gyPerGbq.add(dose.lesionGyPerGbq().doubleValue());
                    }
                });
        return spearman(FLIP_FLOP, null, suvMax, gyPerGbq);
    }

    private static Correlation spearman(String name, String mirna, List<Double> x, List<Double> y) {
        if (x.size() < MINIMUM_PAIRS) {
            return new Correlation(name, mirna, x.size(), null, null, null);
        }
        var result = SpearmanCorrelation.test(MirnaAnalyses.array(x), MirnaAnalyses.array(y));
        return new Correlation(name, mirna, result.n(), result.rho(), result.pValue(), null);
    }
}
