package org.thyrobank.analysis;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.thyrobank.clinical.AdverseEvent;
import org.thyrobank.clinical.FdgLesion;
import org.thyrobank.clinical.LabNadir;
import org.thyrobank.clinical.LesionDosimetry;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.mirna.normalisation.DeltaCq;

/**
 * The inverse of {@link FixtureCohort}: a {@link ReportInput} as the three CSVs src/test/r/report-golden.R reads
 * (cohort.csv, lesions.csv, mirna.csv, qc_flags.csv, adverse_events.csv, lab_nadirs.csv), so that R can recompute every report figure from the very data the report
 * was built from. Only inputs go out (outcomes, hotspot statuses, lesion readings, dCq), never a figure the analysis
 * derives from them. Undefined cells are empty; a sequenced patient without a call at a hotspot is NO_CALL; an
 * unsequenced patient has {@code sequenced=false} and empty statuses. Numbers are written in the shortest decimal
 * that reads back as the same double, so ties stay ties in R.
 */
final class FixtureExport {

    static final String[] HOTSPOTS = {"BRAF_V600E", "TERT_C228T", "TERT_C250T"};

    private FixtureExport() {
    }

    /** file name -> content, in the order report-golden.R reads them. */
    static Map<String, String> csvs(ReportInput input) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("cohort.csv", cohort(input));
        files.put("lesions.csv", lesions(input));
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
        StringBuilder out = new StringBuilder("patient_id,evaluable,soft_tissue_cr,iodine_refractory,radioresistant,"
                + "fdg_positive,best_response,sequenced,braf_v600e,tert_c228t,tert_c250t,pfs_months,pfs_event,"
                + "os_months,os_event,lowest_soft_tissue_dose_gy\n");
        input.clinical().patients().stream().sorted(Comparator.comparing(PatientOutcome::patientId)).forEach(p -> {
            Map<String, String> statuses = input.hotspotStatuses().get(p.patientId());
            String[] calls = Arrays.stream(HOTSPOTS)
                    .map(h -> statuses == null ? null : statuses.getOrDefault(h, PatientFactors.NO_CALL))
                    .toArray(String[]::new);
            out.append(row(p.patientId(), p.evaluable(), p.softTissueCr(), p.iodineRefractory(), p.radioresistant(),
                    p.fdgPositive(), p.bestOverallResponse(), statuses != null, calls[0], calls[1], calls[2],
                    number(p.pfsMonths()), p.pfsEvent(), number(p.osMonths()), p.osEvent(),
                    decimal(p.lowestSoftTissueDoseGy())));
        });
        return out.toString();
    }

    /** Every lesion with an FDG reading or a 124I uptake, by patient and lesion id. */
    private static String lesions(ReportInput input) {
        Map<String, String[]> lesions = new TreeMap<>();
        for (FdgLesion fdg : input.bundle().fdgLesions()) {
            cells(lesions, fdg.patientId(), fdg.lesionId())[2] = decimal(fdg.suvMax());
        }
        for (LesionDosimetry dose : input.bundle().lesionDosimetry()) {
            cells(lesions, dose.patientId(), dose.lesionId())[3] = decimal(dose.lesionGyPerGbq());
        }
        StringBuilder out = new StringBuilder("patient_id,lesion_id,suv_max,gy_per_gbq\n");
        lesions.values().forEach(cells -> out.append(row((Object[]) cells)));
        return out.toString();
    }

    private static String[] cells(Map<String, String[]> lesions, String patient, String lesion) {
        return lesions.computeIfAbsent(patient + "\t" + lesion, k -> new String[] {patient, lesion, null, null});
    }

    /** Every dCq of the normalisation, by specimen and miRNA; empty without qPCR. */
    private static String mirna(ReportInput input) {
        StringBuilder out = new StringBuilder("specimen_id,patient_id,timepoint,mirna,dcq\n");
        if (input.mirna() != null) {
            input.mirna().deltaCq().stream()
                    .sorted(Comparator.comparing(DeltaCq::specimenId).thenComparing(DeltaCq::mirna))
                    .forEach(d -> out.append(row(d.specimenId(), d.patientId(), d.timepoint(), d.mirna(),
                            number(d.dCq()))));
        }
        return out.toString();
    }

    /** The qPCR QC flags in the report's order. */
    private static String qcFlags(ReportInput input) {
        StringBuilder out = new StringBuilder("plate,specimen_id,issue\n");
        input.qcFlags().forEach(f -> out.append(row(f.plate(), f.specimenId(), f.issue())));
        return out.toString();
    }

    /** The reported adverse events (the rows the toxicity table summarises), by patient, term and grade. */
    private static String adverseEvents(ReportInput input) {
        StringBuilder out = new StringBuilder("patient_id,term,grade\n");
        input.bundle().adverseEvents().stream().sorted(Comparator.comparing(AdverseEvent::patientId)
                .thenComparing(AdverseEvent::term).thenComparingInt(AdverseEvent::grade))
                .forEach(e -> out.append(row(e.patientId(), e.term(), e.grade())));
        return out.toString();
    }

    /** The CTCAE grade of each patient's nadir per lab test, as the clinical module derives it. */
    private static String labNadirs(ReportInput input) {
        StringBuilder out = new StringBuilder("patient_id,test,grade\n");
        input.clinical().labNadirs().stream().sorted(Comparator.comparing(LabNadir::patientId)
                .thenComparing(LabNadir::test))
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
        return Stream.of(cells).map(c -> {
            String text = c == null ? "" : c.toString();
            if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
                throw new IllegalArgumentException("a fixture cell cannot hold '" + text + "'");
            }
            return text;
        }).collect(Collectors.joining(",")) + "\n";
    }
}
