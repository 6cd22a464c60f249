package org.thyrobank.analysis;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.thyrobank.clinical.AdverseEvent;
import org.thyrobank.clinical.BloodDosimetry;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.FdgLesion;
import org.thyrobank.clinical.IodinePetScan;
import org.thyrobank.clinical.LabNadir;
import org.thyrobank.clinical.Lesion;
import org.thyrobank.clinical.LesionDosimetry;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.clinical.Therapy;
import org.thyrobank.mirna.normalisation.DeltaCq;

/**
 * The inverse of {@link FixtureCohort}: a {@link ReportInput} as the CSVs src/test/r/report-golden.R reads
 * (cohort.csv, lesions.csv, fdg.csv, therapies.csv, mirna.csv, qc_flags.csv, adverse_events.csv, lab_nadirs.csv), so
 * that R can recompute every report figure from the data the report was built from. Only inputs go out: the clinical
 * rows (blood and lesion dosimetry, therapies, FDG, adverse events, repeated 124I uptake), the hotspot statuses, the
 * dCq, and the few facts only the RECIST reading gives (SOFT_TISSUE_CR for a patient with a visit at 6 months, best
 * response, which lesions of an evaluable patient disappeared), the survival times and the nadir grades; the
 * populations, dosimetry classes and every statistic R derives itself. Undefined cells are empty; a sequenced patient
 * without a call at a hotspot is NO_CALL; an unsequenced patient has {@code sequenced=false} and empty statuses.
 * Numbers are written in the shortest decimal that reads back as the same double, so ties stay ties in R.
 */
final class FixtureExport {

    static final String[] HOTSPOTS = {"BRAF_V600E", "TERT_C228T", "TERT_C250T"};

    private FixtureExport() {}

    /** file name -> content, in the order report-golden.R reads them. */
    static Map<String, String> csvs(ReportInput input) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("cohort.csv", cohort(input));
        files.put("lesions.csv", lesions(input));
        files.put("fdg.csv", fdg(input));
        files.put("therapies.csv", therapies(input));
        files.put("mirna.csv", mirna(input));
        files.put("qc_flags.csv", qcFlags(input));
        files.put("adverse_events.csv", adverseEvents(input));
        files.put("lab_nadirs.csv", labNadirs(input));
        return files;
    }

    static void write(ReportInput input, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> file : csvs(input).entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
    }

    private static String cohort(ReportInput input) {
        Map<String, BigDecimal> blood = input.bundle().bloodDosimetry().stream()
                .collect(Collectors.toMap(BloodDosimetry::patientId, BloodDosimetry::bloodGyPerGbq));
        StringBuilder out = new StringBuilder("patient_id,centre,blood_gy_per_gbq,soft_tissue_cr_all_treated,"
                + "best_response,sequenced,braf_v600e,tert_c228t,tert_c250t,pfs_months,pfs_event,os_months,os_event\n");
        input.clinical().patients().stream()
                .sorted(Comparator.comparing(PatientOutcome::patientId))
                .forEach(p -> {
                    Map<String, String> statuses = input.hotspotStatuses().get(p.patientId());
                    String[] calls = Arrays.stream(HOTSPOTS)
                            .map(h -> statuses == null ? null : statuses.getOrDefault(h, PatientFactors.NO_CALL))
                            .toArray(String[]::new);
                    out.append(row(
                            p.patientId(),
                            p.centre(),
                            decimal(blood.get(p.patientId())),
                            p.softTissueCrAllTreated(),
                            p.bestOverallResponse(),
                            statuses != null,
                            calls[0],
                            calls[1],
                            calls[2],
                            number(p.pfsMonths()),
                            p.pfsEvent(),
                            number(p.osMonths()),
                            p.osEvent()));
                });
        return out.toString();
    }

    /**
     * Every lesion of lesions.csv by patient and lesion id: site, 124I Gy/GBq and uptake, the latest repeated uptake,
     * and whether it disappeared (evaluable patients only).
     */
    private static String lesions(ReportInput input) {
        ClinicalBundle bundle = input.bundle();
        Map<String, LesionDosimetry> dosimetry = bundle.lesionDosimetry().stream()
                .collect(Collectors.toMap(d -> key(d.patientId(), d.lesionId()), Function.identity()));
        Map<String, IodinePetScan> latest = new HashMap<>();
        bundle.iodinePetScans()
                .forEach(scan -> latest.merge(
                        key(scan.patientId(), scan.lesionId()),
                        scan,
                        (a, b) -> a.scannedOn().isAfter(b.scannedOn()) ? a : b));
        Map<String, Boolean> disappeared = new HashMap<>();
        input.clinical().lesionDoses().stream()
                .filter(d -> d.disappeared() != null)
                .forEach(d -> disappeared.put(key(d.patientId(), d.lesionId()), d.disappeared()));
        StringBuilder out =
                new StringBuilder("patient_id,lesion_id,site,gy_per_gbq,uptake_pct,post_uptake_pct,disappeared\n");
        bundle.lesions().stream()
                .sorted(Comparator.comparing(Lesion::patientId).thenComparing(Lesion::lesionId))
                .forEach(l -> {
                    String key = key(l.patientId(), l.lesionId());
                    LesionDosimetry d = dosimetry.get(key);
                    IodinePetScan post = latest.get(key);
                    out.append(row(
                            l.patientId(),
                            l.lesionId(),
                            l.site(),
                            d == null ? null : decimal(d.lesionGyPerGbq()),
                            d == null ? null : decimal(d.uptakePct()),
                            post == null ? null : decimal(post.uptakePct()),
                            disappeared.get(key)));
                });
        return out.toString();
    }

    private static String fdg(ReportInput input) {
        StringBuilder out = new StringBuilder("patient_id,lesion_id,timepoint,suv_max,fdg_positive\n");
        input.bundle().fdgLesions().stream()
                .sorted(Comparator.comparing(FdgLesion::patientId)
                        .thenComparing(FdgLesion::lesionId)
                        .thenComparing(FdgLesion::timepoint))
                .forEach(f -> out.append(
                        row(f.patientId(), f.lesionId(), f.timepoint(), decimal(f.suvMax()), f.fdgPositive())));
        return out.toString();
    }

    private static String therapies(ReportInput input) {
        StringBuilder out = new StringBuilder("patient_id,treated_on,administered_gbq\n");
        input.bundle().therapies().stream()
                .sorted(Comparator.comparing(Therapy::patientId).thenComparing(Therapy::treatedOn))
                .forEach(t -> out.append(row(t.patientId(), t.treatedOn(), decimal(t.administeredGbq()))));
        return out.toString();
    }

    private static String key(String patientId, String lesionId) {
        return patientId + "\t" + lesionId;
    }

    /** Every dCq of the normalisation, by specimen and miRNA; empty without qPCR. */
    private static String mirna(ReportInput input) {
        StringBuilder out = new StringBuilder("specimen_id,patient_id,timepoint,mirna,dcq\n");
        if (input.mirna() != null) {
            input.mirna().deltaCq().stream()
                    .sorted(Comparator.comparing(DeltaCq::specimenId).thenComparing(DeltaCq::mirna))
                    .forEach(d ->
                            out.append(row(d.specimenId(), d.patientId(), d.timepoint(), d.mirna(), number(d.dCq()))));
        }
        return out.toString();
    }

    /** The qPCR QC flags in the report's order. */
    private static String qcFlags(ReportInput input) {
        StringBuilder out = new StringBuilder("plate,specimen_id,issue\n");
        input.qcFlags().forEach(f -> out.append(row(f.plate(), f.specimenId(), f.issue())));
        return out.toString();
    }

    /** The reported adverse events, by patient, term, grade and onset. */
    private static String adverseEvents(ReportInput input) {
        StringBuilder out = new StringBuilder("patient_id,term,grade,onset_on,attribution\n");
        input.bundle().adverseEvents().stream()
                .sorted(Comparator.comparing(AdverseEvent::patientId)
                        .thenComparing(AdverseEvent::term)
                        .thenComparingInt(AdverseEvent::grade)
                        .thenComparing(AdverseEvent::onsetOn, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(e -> out.append(row(e.patientId(), e.term(), e.grade(), e.onsetOn(), e.attribution())));
        return out.toString();
    }

    /** The CTCAE grade of each patient's nadir per lab test, as the clinical module derives it. */
    private static String labNadirs(ReportInput input) {
        StringBuilder out = new StringBuilder("patient_id,test,grade\n");
        input.clinical().labNadirs().stream()
                .sorted(Comparator.comparing(LabNadir::patientId).thenComparing(LabNadir::test))
                .forEach(n -> out.append(row(n.patientId(), n.test(), n.grade())));
        return out.toString();
    }

    private static String number(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).toPlainString();
    }

    /** Without the database column's trailing zeros. */
    private static String decimal(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String row(Object... cells) {
        return Stream.of(cells)
                        .map(c -> {
                            String text = c == null ? "" : c.toString();
                            if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
                                throw new IllegalArgumentException("a fixture cell cannot hold '" + text + "'");
                            }
                            return text;
                        })
                        .collect(Collectors.joining(","))
                + "\n";
    }
}
