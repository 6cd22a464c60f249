package org.thyrobank.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.thyrobank.analysis.Report.CumulativeActivity;
import org.thyrobank.analysis.Report.FdgChange;
import org.thyrobank.analysis.Report.IodinePet;
import org.thyrobank.analysis.stats.SpearmanCorrelation;
import org.thyrobank.analysis.stats.WilcoxonSignedRankTest;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.Decimals;
import org.thyrobank.clinical.FdgLesion;
import org.thyrobank.clinical.IodinePetScan;
import org.thyrobank.clinical.Lesion;
import org.thyrobank.clinical.LesionDose;
import org.thyrobank.clinical.LesionDosimetry;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.clinical.Therapy;

/**
 * The 6-month scans and the therapy cycles (docs/analyses.md): the paired change of FDG SUVmax, the repeated 124I
 * PET's uptake ratio against the lesion dose, and each treated patient's cumulative activity.
 */
final class ScanAnalyses {

    private static final int DECIMALS = 6;
    private static final int MINIMUM_PAIRS = 3;

    private ScanAnalyses() {}

    /**
     * Treated patients with a PRE and a POST FDG scan: d = highest POST SUVmax - highest PRE SUVmax, rounded to 6
     * decimals (so that equal decimals tie); {@code median(d)} and {@code wilcox.test(d)}.
     */
    static FdgChange fdgChange(List<PatientOutcome> patients, ClinicalBundle bundle) {
        Map<String, Map<Specimen.Timepoint, BigDecimal>> highest = new HashMap<>();
        for (FdgLesion fdg : bundle.fdgLesions()) {
            highest.computeIfAbsent(fdg.patientId(), p -> new HashMap<>())
                    .merge(fdg.timepoint(), fdg.suvMax(), BigDecimal::max);
        }
        List<Double> changes = new ArrayList<>();
        for (PatientOutcome patient : patients) {
            Map<Specimen.Timepoint, BigDecimal> scans = highest.getOrDefault(patient.patientId(), Map.of());
            if (patient.treated() && scans.size() == 2) {
                changes.add(scans.get(Specimen.Timepoint.POST)
                        .subtract(scans.get(Specimen.Timepoint.PRE))
                        .setScale(DECIMALS, RoundingMode.HALF_EVEN)
                        .doubleValue());
            }
        }
        double[] d = MirnaAnalyses.array(changes);
        Double p = d.length == 0 ? null : WilcoxonSignedRankTest.oneSample(d).pValue();
        return new FdgChange(d.length, MirnaAnalyses.median(d), p);
    }

    /**
     * Soft-tissue lesions of evaluable patients with a pre-treatment uptake above 0 (lesion_dosimetry) and a repeated
     * scan (iodine_pet.csv; the latest when a lesion has several): {@code cor.test(ratio, D, method = "spearman")},
     * ratio = post / pre uptake rounded to 6 decimals, D the lesion's dose at the first therapy. Fewer than 3 lesions
     * give no rho or p.
     */
    static IodinePet iodinePet(List<PatientOutcome> patients, ClinicalBundle bundle, List<LesionDose> doses) {
        Set<String> evaluable = patients.stream()
                .filter(PatientOutcome::evaluable)
                .map(PatientOutcome::patientId)
                .collect(Collectors.toSet());
        Map<String, BigDecimal> preUptake = new HashMap<>();
        for (LesionDosimetry d : bundle.lesionDosimetry()) {
            if (d.uptakePct() != null && d.uptakePct().signum() > 0) {
                preUptake.put(key(d.patientId(), d.lesionId()), d.uptakePct());
            }
        }
        Map<String, IodinePetScan> latest = new HashMap<>();
        bundle.iodinePetScans()
                .forEach(scan -> latest.merge(
                        key(scan.patientId(), scan.lesionId()),
                        scan,
                        (a, b) -> a.scannedOn().isAfter(b.scannedOn()) ? a : b));
        List<Double> ratios = new ArrayList<>();
        List<Double> dose = new ArrayList<>();
        for (LesionDose lesion : doses) {
            String key = key(lesion.patientId(), lesion.lesionId());
            if (lesion.site() == Lesion.Site.SOFT_TISSUE
                    && evaluable.contains(lesion.patientId())
                    && preUptake.containsKey(key)
                    && latest.containsKey(key)) {
                ratios.add(latest.get(key)
                        .uptakePct()
                        .divide(preUptake.get(key), MathContext.DECIMAL64)
                        .setScale(DECIMALS, RoundingMode.HALF_EVEN)
                        .doubleValue());
                dose.add(lesion.doseGy().doubleValue());
            }
        }
        if (ratios.size() < MINIMUM_PAIRS) {
            return new IodinePet(ratios.size(), null, null);
        }
        var spearman = SpearmanCorrelation.test(MirnaAnalyses.array(ratios), MirnaAnalyses.array(dose));
        return new IodinePet(ratios.size(), spearman.rho(), spearman.pValue());
    }

    /** Every treated patient's therapy cycles (therapies.csv rows) and the sum of their activities, in GBq. */
    static List<CumulativeActivity> cumulativeActivity(List<PatientOutcome> patients, ClinicalBundle bundle) {
        Map<String, List<Therapy>> cycles =
                bundle.therapies().stream().collect(Collectors.groupingBy(Therapy::patientId));
        return patients.stream()
                .filter(PatientOutcome::treated)
                .sorted(Comparator.comparing(PatientOutcome::patientId))
                .map(p -> {
                    List<Therapy> own = cycles.getOrDefault(p.patientId(), List.of());
                    return new CumulativeActivity(
                            p.patientId(),
                            own.size(),
                            Decimals.plain(own.stream()
                                    .map(Therapy::administeredGbq)
                                    .reduce(BigDecimal.ZERO, BigDecimal::add)));
                })
                .toList();
    }

    private static String key(String patientId, String lesionId) {
        return patientId + "\t" + lesionId;
    }
}
