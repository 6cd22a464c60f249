package org.thyrobank.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.thyrobank.clinical.AdverseEvent;
import org.thyrobank.clinical.BloodDosimetry;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.DerivedClinical;
import org.thyrobank.clinical.FdgLesion;
import org.thyrobank.clinical.IodinePetScan;
import org.thyrobank.clinical.Lesion;
import org.thyrobank.clinical.LesionDose;
import org.thyrobank.clinical.LesionDosimetry;
import org.thyrobank.clinical.OverallResponse;
import org.thyrobank.clinical.Patient;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.clinical.Therapy;
import org.thyrobank.clinical.dosimetry.DosimetryCalculator;
import org.thyrobank.clinical.dosimetry.PatientDosimetry;
import org.thyrobank.mirna.Timepoint;
import org.thyrobank.mirna.normalisation.DeltaCq;
import org.thyrobank.mirna.normalisation.DeltaDeltaCq;
import org.thyrobank.mirna.normalisation.Normalisation;
import org.thyrobank.mirna.normalisation.NormalisationMethod;
import org.thyrobank.mirna.normalisation.PlateCalibration;

/**
 * A fixture cohort of src/test/resources (the CSVs {@link FixtureExport} writes and src/test/r/report-golden.R
 * reads) as a {@link ReportInput}: the clinical rows become a {@link ClinicalBundle}, and each patient's outcome is
 * derived from them as {@code ClinicalDerivations} does (dosimetry through {@link DosimetryCalculator}, the
 * populations from it), except for the facts only a RECIST reading of assessments gives, which the fixture states:
 * SOFT_TISSUE_CR for a patient with a visit at 6 months (empty without one), the best response and which lesions of
 * an evaluable patient disappeared. Hotspot statuses (a patient who was not sequenced is absent) and PRE/POST dCq (an
 * empty dCq is a miRNA not detected) as written.
 */
final class FixtureCohort {

    static final String ROOT = "/org/thyrobank/analysis/";
    /** The Cq the fixture's dCq are measured from; any value does, the tests use dCq only. */
    private static final double NORMALISER = 25;
    /** The repeated 124I PET's date is not exported (only the latest scan is): any date after therapy does. */
    private static final LocalDate SCANNED_ON = LocalDate.of(2100, 1, 1);

    private FixtureCohort() {}

    /** The fixture cohort of src/test/resources/org/thyrobank/analysis. */
    static ReportInput input() {
        return input(ROOT);
    }

    static ReportInput input(String root) {
        ClinicalBundle bundle = bundle(root);
        Map<String, Map<String, String>> lesionRows = new HashMap<>();
        csv(root + "lesions.csv")
                .forEach(row -> lesionRows
                        .computeIfAbsent(row.get("patient_id"), p -> new LinkedHashMap<>())
                        .put(row.get("lesion_id"), row.get("disappeared")));
        DosimetryCalculator calculator = DosimetryCalculator.fromReference();
        List<PatientOutcome> patients = new ArrayList<>();
        List<LesionDose> doses = new ArrayList<>();
        Map<String, Map<String, String>> hotspots = new HashMap<>();
        for (Map<String, String> row : csv(root + "cohort.csv")) {
            String id = row.get("patient_id");
            List<Lesion> lesions = bundle.lesions().stream()
                    .filter(l -> l.patientId().equals(id))
                    .toList();
            List<LesionDosimetry> own = bundle.lesionDosimetry().stream()
                    .filter(d -> d.patientId().equals(id))
                    .toList();
            BloodDosimetry blood = bundle.bloodDosimetry().stream()
                    .filter(b -> b.patientId().equals(id))
                    .findFirst()
                    .orElse(null);
            Therapy first = bundle.firstTherapy(id).orElse(null);
            Boolean crAllTreated = bool(row.get("soft_tissue_cr_all_treated"));
            Boolean exit = calculator.exitToStandardCare(blood, lesions, own);
            boolean treated = Boolean.FALSE.equals(exit) && first != null;
            boolean evaluable = treated && crAllTreated != null;
            Set<String> disappeared = lesionRows.getOrDefault(id, Map.of()).entrySet().stream()
                    .filter(e -> "true".equals(e.getValue()))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            PatientDosimetry dosimetry = calculator.evaluate(first, blood, lesions, own, evaluable, disappeared);
            doses.addAll(dosimetry.lesionDoses());
            patients.add(new PatientOutcome(
                    id,
                    row.get("centre").isEmpty() ? null : Patient.Centre.valueOf(row.get("centre")),
                    null,
                    evaluable,
                    evaluable ? crAllTreated : null,
                    row.get("best_response").isEmpty() ? null : OverallResponse.valueOf(row.get("best_response")),
                    dosimetry.iodineRefractory(),
                    dosimetry.radioresistant(),
                    fdgPositive(bundle, id, Timepoint.PRE),
                    dosimetry.exitToStandardCare(),
                    dosimetry.mta(),
                    dosimetry.recommendedActivity(),
                    number(row.get("pfs_months")),
                    bool(row.get("pfs_event")),
                    number(row.get("os_months")),
                    bool(row.get("os_event")),
                    dosimetry.lowestSoftTissueDoseGy(),
                    exit != null,
                    treated,
                    crAllTreated,
                    fdgPositive(bundle, id, Timepoint.POST)));
            if (Boolean.parseBoolean(row.get("sequenced"))) {
                hotspots.put(
                        id,
                        Map.of(
                                "BRAF_V600E",
                                row.get("braf_v600e"),
                                "TERT_C228T",
                                row.get("tert_c228t"),
                                "TERT_C250T",
                                row.get("tert_c250t")));
            }
        }
        var clinical = new DerivedClinical(patients, doses, List.of(), List.of(), List.of());
        return new ReportInput(clinical, bundle, hotspots, normalisation(root), List.of(), "global-mean", false, 0.2);
    }

    private static Boolean fdgPositive(ClinicalBundle bundle, String patientId, Timepoint timepoint) {
        List<FdgLesion> scan = bundle.fdgLesions().stream()
                .filter(f ->
                        f.patientId().equals(patientId) && f.timepoint().name().equals(timepoint.name()))
                .toList();
        return scan.isEmpty() ? null : scan.stream().anyMatch(FdgLesion::fdgPositive);
    }

    private static ClinicalBundle bundle(String root) {
        List<Lesion> lesions = new ArrayList<>();
        List<LesionDosimetry> dosimetry = new ArrayList<>();
        List<IodinePetScan> scans = new ArrayList<>();
        for (Map<String, String> row : csv(root + "lesions.csv")) {
            String patient = row.get("patient_id");
            String lesion = row.get("lesion_id");
            lesions.add(
                    new Lesion(patient, lesion, Lesion.Site.valueOf(row.get("site")), null, Lesion.RecistRole.TARGET));
            if (!row.get("gy_per_gbq").isEmpty()) {
                dosimetry.add(new LesionDosimetry(
                        patient, lesion, decimal(row.get("gy_per_gbq")), decimal(row.get("uptake_pct")), null));
            }
            if (!row.get("post_uptake_pct").isEmpty()) {
                scans.add(new IodinePetScan(patient, lesion, SCANNED_ON, decimal(row.get("post_uptake_pct"))));
            }
        }
        List<BloodDosimetry> blood = new ArrayList<>();
        for (Map<String, String> row : csv(root + "cohort.csv")) {
            if (!row.get("blood_gy_per_gbq").isEmpty()) {
                blood.add(new BloodDosimetry(row.get("patient_id"), decimal(row.get("blood_gy_per_gbq")), null));
            }
        }
        List<FdgLesion> fdg = csv(root + "fdg.csv").stream()
                .map(row -> new FdgLesion(
                        row.get("patient_id"),
                        row.get("lesion_id"),
                        decimal(row.get("suv_max")),
                        Boolean.parseBoolean(row.get("fdg_positive")),
                        Specimen.Timepoint.valueOf(row.get("timepoint"))))
                .toList();
        List<Therapy> therapies = csv(root + "therapies.csv").stream()
                .map(row -> new Therapy(
                        row.get("patient_id"),
                        LocalDate.parse(row.get("treated_on")),
                        decimal(row.get("administered_gbq"))))
                .toList();
        List<AdverseEvent> events = csv(root + "adverse_events.csv").stream()
                .map(row -> new AdverseEvent(
                        row.get("patient_id"),
                        row.get("term"),
                        Integer.parseInt(row.get("grade")),
                        row.get("onset_on").isEmpty() ? null : LocalDate.parse(row.get("onset_on")),
                        row.get("attribution").isEmpty()
                                ? null
                                : AdverseEvent.Attribution.valueOf(row.get("attribution"))))
                .toList();
        return new ClinicalBundle(
                List.of(), List.of(), lesions, blood, dosimetry, therapies, fdg, List.of(), events, List.of(),
                List.of(), scans, List.of(), List.of());
    }

    private static Normalisation normalisation(String root) {
        List<DeltaCq> deltas = new ArrayList<>();
        Map<String, Map<Timepoint, Double>> pairs = new LinkedHashMap<>();
        for (Map<String, String> row : csv(root + "mirna.csv")) {
            Double dCq = number(row.get("dcq"));
            Timepoint timepoint = Timepoint.valueOf(row.get("timepoint"));
            deltas.add(new DeltaCq(
                    row.get("specimen_id"),
                    row.get("patient_id"),
                    timepoint,
                    row.get("mirna"),
                    dCq == null ? null : dCq + NORMALISER,
                    NORMALISER,
                    dCq));
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
                double ddCq = BigDecimal.valueOf(post - pre)
                        .setScale(6, RoundingMode.HALF_EVEN)
                        .doubleValue();
                changes.add(new DeltaDeltaCq(parts[0], parts[1], pre, post, ddCq, Math.pow(2, -ddCq)));
            }
        });
        return new Normalisation(
                new NormalisationMethod.GlobalMean(),
                List.of(),
                new PlateCalibration("UniSp3", Map.of(), java.util.Set.of()),
                deltas,
                changes);
    }

    static List<Map<String, String>> csv(String resource) {
        String[] lines = text(resource).split("\n");
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
