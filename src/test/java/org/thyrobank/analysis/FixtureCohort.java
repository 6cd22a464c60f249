package org.thyrobank.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.DerivedClinical;
import org.thyrobank.clinical.FdgLesion;
import org.thyrobank.clinical.LesionDosimetry;
import org.thyrobank.clinical.OverallResponse;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.mirna.Timepoint;
import org.thyrobank.mirna.normalisation.DeltaCq;
import org.thyrobank.mirna.normalisation.DeltaDeltaCq;
import org.thyrobank.mirna.normalisation.Normalisation;
import org.thyrobank.mirna.normalisation.NormalisationMethod;
import org.thyrobank.mirna.normalisation.PlateCalibration;

/**
 * The fixture cohort of src/test/resources/org/thyrobank/analysis (the same CSVs src/test/r/report-golden.R reads)
 * as a {@link ReportInput}: per-patient outcomes and survival times, hotspot statuses (a patient who was not
 * sequenced is absent), lesion SUVmax and Gy/GBq, and PRE/POST dCq (an empty dCq is a miRNA not detected).
 */
final class FixtureCohort {

    static final String ROOT = "/org/thyrobank/analysis/";
    /** The Cq the fixture's dCq are measured from; any value does, the tests use dCq only. */
    private static final double NORMALISER = 25;

    private FixtureCohort() {
    }

    static ReportInput input() {
        List<Map<String, String>> cohort = csv("cohort.csv");
        List<PatientOutcome> patients = new ArrayList<>();
        Map<String, Map<String, String>> hotspots = new HashMap<>();
        for (Map<String, String> row : cohort) {
            patients.add(outcome(row));
            if (Boolean.parseBoolean(row.get("sequenced"))) {
                hotspots.put(row.get("patient_id"), Map.of("BRAF_V600E", row.get("braf_v600e"),
                        "TERT_C228T", row.get("tert_c228t"), "TERT_C250T", row.get("tert_c250t")));
            }
        }
        var clinical = new DerivedClinical(patients, List.of(), List.of(), List.of(), List.of(), List.of());
        return new ReportInput(clinical, lesions(), hotspots, normalisation(), List.of(), "global-mean", false, 0.2);
    }

    static PatientOutcome outcome(Map<String, String> row) {
        return new PatientOutcome(row.get("patient_id"), null, null, Boolean.parseBoolean(row.get("evaluable")),
                bool(row.get("soft_tissue_cr")),
                row.get("best_response").isEmpty() ? null : OverallResponse.valueOf(row.get("best_response")),
                bool(row.get("iodine_refractory")), bool(row.get("radioresistant")), bool(row.get("fdg_positive")),
                null, null, null, number(row.get("pfs_months")), bool(row.get("pfs_event")),
                number(row.get("os_months")), bool(row.get("os_event")), decimal(row.get("lowest_soft_tissue_dose_gy")));
    }

    private static ClinicalBundle lesions() {
        List<FdgLesion> fdg = new ArrayList<>();
        List<LesionDosimetry> dosimetry = new ArrayList<>();
        for (Map<String, String> row : csv("lesions.csv")) {
            String patient = row.get("patient_id");
            String lesion = row.get("lesion_id");
            if (!row.get("suv_max").isEmpty()) {
                BigDecimal suv = decimal(row.get("suv_max"));
                fdg.add(new FdgLesion(patient, lesion, suv, suv.compareTo(BigDecimal.valueOf(5)) >= 0,
                        Specimen.Timepoint.PRE));
            }
            if (!row.get("gy_per_gbq").isEmpty()) {
                dosimetry.add(new LesionDosimetry(patient, lesion, decimal(row.get("gy_per_gbq")), null, null));
            }
        }
        return new ClinicalBundle(List.of(), List.of(), List.of(), List.of(), dosimetry, List.of(), fdg, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static Normalisation normalisation() {
        List<DeltaCq> deltas = new ArrayList<>();
        Map<String, Map<Timepoint, Double>> pairs = new LinkedHashMap<>();
        for (Map<String, String> row : csv("mirna.csv")) {
            Double dCq = number(row.get("dcq"));
            Timepoint timepoint = Timepoint.valueOf(row.get("timepoint"));
            deltas.add(new DeltaCq(row.get("specimen_id"), row.get("patient_id"), timepoint, row.get("mirna"),
                    dCq == null ? null : dCq + NORMALISER, NORMALISER, dCq));
            if (dCq != null) {
                pairs.computeIfAbsent(row.get("patient_id") + "\t" + row.get("mirna"), k -> new HashMap<>())
                        .put(timepoint, dCq);
            }
        }
        List<DeltaDeltaCq> changes = new ArrayList<>();
        pairs.forEach((key, pair) -> {
            if (pair.size() == 2) {
                String[] parts = key.split("\t");
                double pre = pair.get(Timepoint.PRE);
                double post = pair.get(Timepoint.POST);
                double ddCq = BigDecimal.valueOf(post - pre).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
                changes.add(new DeltaDeltaCq(parts[0], parts[1], pre, post, ddCq, Math.pow(2, -ddCq)));
            }
        });
        return new Normalisation(new NormalisationMethod.GlobalMean(), List.of(),
                new PlateCalibration("UniSp3", Map.of(), java.util.Set.of()), deltas, changes);
    }

    static List<Map<String, String>> csv(String name) {
        String[] lines = text(ROOT + name).split("\n");
        String[] header = lines[0].strip().split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
            String[] cells = line.strip().split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    static String text(String resource) {
        try (InputStream in = FixtureCohort.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Boolean bool(String cell) {
        return cell.isEmpty() ? null : Boolean.parseBoolean(cell);
    }

    private static Double number(String cell) {
        return cell.isEmpty() ? null : Double.parseDouble(cell);
    }

    private static BigDecimal decimal(String cell) {
        return cell.isEmpty() ? null : new BigDecimal(cell);
    }
}
