package org.thyrobank.mirna.normalisation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.thyrobank.mirna.AssayKind;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.RegisteredSpecimen;
import org.thyrobank.mirna.SpecimenRegistry;
import org.thyrobank.mirna.Timepoint;

/**
 * Turns plate Cq values into dCq per circulating specimen and miRNA and ddCq (POST - PRE) per patient, by the
 * chosen method (docs/analyses.md, Circulating miRNA). Values are first corrected by the inter-plate calibrator when
 * every plate has one; a specimen measured on several plates gets the mean of its detected values. Detection is
 * judged on the Cq as measured. dCq and ddCq are rounded to 6 decimals (half-even) so that values equal in
 * decimal are ties whatever the arithmetic. To leave flagged specimens out, pass only the others.
 */
public final class Normaliser {

    static final int DECIMALS = 6;

    private final AssayPanel panel;
    private final QpcrParameters parameters;
    private final SpecimenRegistry registry;

    public Normaliser(AssayPanel panel, QpcrParameters parameters, SpecimenRegistry registry) {
        this.panel = panel;
        this.parameters = parameters;
        this.registry = registry;
    }

    public Normalisation normalise(List<PlateCq> values, NormalisationMethod method) {
        PlateCalibration calibration = PlateCalibration.estimate(values, calibrator(), parameters);
        Map<String, Map<String, Double>> cq = detectedCq(values, calibration);
        List<String> normaliserAssays = normaliserAssays(method, cq);
        Set<String> mirnas = panel.assaysOf(AssayKind.MIRNA);
        List<DeltaCq> deltas = new ArrayList<>();
        cq.forEach((specimenId, byAssay) -> {
            RegisteredSpecimen specimen = circulating(specimenId);
            Double normaliser = normaliser(byAssay, normaliserAssays);
            byAssay.keySet().stream().filter(mirnas::contains).forEach(mirna -> {
                Double value = byAssay.get(mirna);
                Double dCq = value == null || normaliser == null ? null : round6(value - normaliser);
                deltas.add(new DeltaCq(
                        specimenId, specimen.patientId(), specimen.timepoint(), mirna, value, normaliser, dCq));
            });
        });
        return new Normalisation(method, normaliserAssays, calibration, deltas, deltaDeltaCq(deltas));
    }

    /** The panel's inter-plate calibrator (UniSp3 in reference/mirna-panel.tsv). */
    private String calibrator() {
        Set<String> calibrators = panel.assaysOf(AssayKind.CALIBRATOR);
        if (calibrators.size() != 1) {
            throw new IllegalStateException("reference/mirna-panel.tsv names " + calibrators.size()
                    + " calibrators; inter-plate calibration takes exactly one");
        }
        return calibrators.iterator().next();
    }

    static double round6(double value) {
        return BigDecimal.valueOf(value)
                .setScale(DECIMALS, RoundingMode.HALF_EVEN)
                .doubleValue();
    }

    /** specimen -> assay -> calibrated Cq (mean over plates), {@code null} when detected on no plate. */
    private Map<String, Map<String, Double>> detectedCq(List<PlateCq> values, PlateCalibration calibration) {
        Map<String, Map<String, double[]>> sums = new TreeMap<>();
        for (PlateCq value : values) {
            double[] sumAndCount = sums.computeIfAbsent(value.specimenId(), s -> new TreeMap<>())
                    .computeIfAbsent(value.assay(), a -> new double[2]);
            if (parameters.detected(value.cq())) {
                sumAndCount[0] += calibration.corrected(value);
                sumAndCount[1]++;
            }
        }
        Map<String, Map<String, Double>> cq = new TreeMap<>();
        sums.forEach((specimen, byAssay) -> byAssay.forEach((assay, s) ->
                cq.computeIfAbsent(specimen, x -> new TreeMap<>()).put(assay, s[1] == 0 ? null : s[0] / s[1])));
        return cq;
    }

    private List<String> normaliserAssays(NormalisationMethod method, Map<String, Map<String, Double>> cq) {
        if (method instanceof NormalisationMethod.ReferenceMirnas reference) {
            return reference.mirnas();
        }
        if (method instanceof NormalisationMethod.SpikeIn spikeIn) {
            return List.of(spikeIn.assay());
        }
        Set<String> everywhere = new TreeSet<>(panel.assaysOf(AssayKind.MIRNA));
        cq.values().forEach(byAssay -> everywhere.removeIf(mirna -> byAssay.get(mirna) == null));
        if (everywhere.isEmpty()) {
            throw new IllegalStateException("global-mean normalisation: no miRNA is detected in every one of "
                    + cq.size() + " specimens; choose reference:<miRNA,...> or spike-in:<assay>");
        }
        return List.copyOf(everywhere);
    }

    private static Double normaliser(Map<String, Double> byAssay, List<String> assays) {
        double sum = 0;
        for (String assay : assays) {
            Double value = byAssay.get(assay);
            if (value == null) {
                return null;
            }
            sum += value;
        }
        return sum / assays.size();
    }

    private RegisteredSpecimen circulating(String specimenId) {
        RegisteredSpecimen specimen = registry.find(specimenId)
                .orElseThrow(() -> new IllegalArgumentException("specimen " + specimenId + " is not in specimens.csv"));
        if (!specimen.kind().circulating()) {
            throw new IllegalArgumentException(
                    "specimen " + specimenId + " is " + specimen.kind() + ", not circulating");
        }
        return specimen;
    }

    private static List<DeltaDeltaCq> deltaDeltaCq(List<DeltaCq> deltas) {
        Map<String, Map<String, Map<Timepoint, DeltaCq>>> byPatient = new TreeMap<>();
        for (DeltaCq delta : deltas) {
            DeltaCq earlier = byPatient
                    .computeIfAbsent(delta.patientId(), p -> new TreeMap<>())
                    .computeIfAbsent(delta.mirna(), m -> new TreeMap<>())
                    .put(delta.timepoint(), delta);
            if (earlier != null) {
                throw new IllegalArgumentException("patient " + delta.patientId() + " has two " + delta.timepoint()
                        + " specimens (" + earlier.specimenId() + ", " + delta.specimenId() + ")");
            }
        }
        List<DeltaDeltaCq> changes = new ArrayList<>();
        byPatient.forEach((patient, byMirna) -> byMirna.forEach((mirna, pair) -> {
            DeltaCq pre = pair.get(Timepoint.PRE);
            DeltaCq post = pair.get(Timepoint.POST);
            if (pre != null && post != null && pre.dCq() != null && post.dCq() != null) {
                changes.add(DeltaDeltaCq.of(patient, mirna, pre.dCq(), post.dCq()));
            }
        }));
        return changes;
    }
}
