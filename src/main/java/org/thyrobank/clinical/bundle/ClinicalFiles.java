package org.thyrobank.clinical.bundle;

import java.math.BigDecimal;
import java.util.List;

import org.thyrobank.clinical.AdverseEvent;
import org.thyrobank.clinical.Assessment;
import org.thyrobank.clinical.BloodDosimetry;
import org.thyrobank.clinical.FdgLesion;
import org.thyrobank.clinical.FollowUp;
import org.thyrobank.clinical.LabValue;
import org.thyrobank.clinical.Lesion;
import org.thyrobank.clinical.LesionDosimetry;
import org.thyrobank.clinical.Patient;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.clinical.Therapy;

/** The eleven files of {@code clinical/} as study-bundle.md lists them: columns, codec and key of each. */
final class ClinicalFiles {

    private static final BigDecimal ZERO = BigDecimal.ZERO;

    static final FileSpec<Patient> PATIENTS = new FileSpec<>("patients.csv", List.of("patient_id", "centre"),
            List.of("sex", "birth_year", "histology"), ClinicalFiles::patient, p -> "patient_id " + p.patientId());

    static final FileSpec<Specimen> SPECIMENS = new FileSpec<>("specimens.csv",
            List.of("specimen_id", "patient_id", "kind"), List.of("timepoint", "collected_on"),
            ClinicalFiles::specimen, s -> "specimen_id " + s.specimenId());

    static final FileSpec<Lesion> LESIONS = new FileSpec<>("lesions.csv",
            List.of("patient_id", "lesion_id", "site", "recist_role"), List.of("organ"), ClinicalFiles::lesion,
            l -> "patient_id " + l.patientId() + ", lesion_id " + l.lesionId());

    static final FileSpec<BloodDosimetry> BLOOD_DOSIMETRY = new FileSpec<>("blood_dosimetry.csv",
            List.of("patient_id", "blood_gy_per_gbq"), List.of("whole_body_retention_48h_pct"),
            r -> build(r, () -> new BloodDosimetry(r.text("patient_id", true),
                    r.decimal("blood_gy_per_gbq", true, ZERO, true),
                    r.decimal("whole_body_retention_48h_pct", false, ZERO, false))),
            b -> "patient_id " + b.patientId());

    static final FileSpec<LesionDosimetry> LESION_DOSIMETRY = new FileSpec<>("lesion_dosimetry.csv",
            List.of("patient_id", "lesion_id", "lesion_gy_per_gbq"), List.of("uptake_pct", "volume_ml"),
            r -> build(r, () -> new LesionDosimetry(r.text("patient_id", true), r.text("lesion_id", true),
                    r.decimal("lesion_gy_per_gbq", true, ZERO, true), r.decimal("uptake_pct", false, ZERO, false),
                    r.decimal("volume_ml", false, ZERO, false))),
            d -> "patient_id " + d.patientId() + ", lesion_id " + d.lesionId());

    static final FileSpec<Therapy> THERAPIES = new FileSpec<>("therapies.csv",
            List.of("patient_id", "treated_on", "administered_gbq"), List.of(),
            r -> build(r, () -> new Therapy(r.text("patient_id", true), r.date("treated_on", true),
                    r.decimal("administered_gbq", true, ZERO, true))),
            t -> "patient_id " + t.patientId() + ", treated_on " + t.treatedOn());

    static final FileSpec<FdgLesion> FDG = new FileSpec<>("fdg.csv",
            List.of("patient_id", "lesion_id", "suv_max", "fdg_positive"), List.of(),
            r -> build(r, () -> new FdgLesion(r.text("patient_id", true), r.text("lesion_id", true),
                    r.decimal("suv_max", true, ZERO, false), Boolean.TRUE.equals(r.bool("fdg_positive", true)))),
            f -> "patient_id " + f.patientId() + ", lesion_id " + f.lesionId());

    static final FileSpec<Assessment> ASSESSMENTS = new FileSpec<>("assessments.csv",
            List.of("patient_id", "assessed_on", "lesion_id"),
            List.of("diameter_mm", "non_target_status", "new_lesion"),
            r -> build(r, () -> new Assessment(r.text("patient_id", true), r.date("assessed_on", true),
                    r.text("lesion_id", true), r.decimal("diameter_mm", false, ZERO, false),
                    r.enumeration("non_target_status", Assessment.NonTargetStatus.class, false),
                    Boolean.TRUE.equals(r.bool("new_lesion", false)))),
            a -> "patient_id " + a.patientId() + ", assessed_on " + a.assessedOn() + ", lesion_id " + a.lesionId());

    static final FileSpec<AdverseEvent> ADVERSE_EVENTS = new FileSpec<>("adverse_events.csv",
            List.of("patient_id", "term", "grade"), List.of("onset_on"),
            r -> build(r, () -> new AdverseEvent(r.text("patient_id", true), r.text("term", true),
                    orZero(r.integer("grade", true, 1, 5)), r.date("onset_on", false))),
            e -> "patient_id " + e.patientId() + ", term " + e.term() + ", onset_on " + e.onsetOn());

    static final FileSpec<LabValue> LABS = new FileSpec<>("labs.csv",
            List.of("patient_id", "drawn_on", "test", "value", "unit"), List.of(), ClinicalFiles::lab,
            l -> "patient_id " + l.patientId() + ", drawn_on " + l.drawnOn() + ", test " + l.test());

    static final FileSpec<FollowUp> FOLLOW_UP = new FileSpec<>("follow_up.csv",
            List.of("patient_id", "last_contact_on"), List.of("progressed_on", "died_on"),
            r -> build(r, () -> new FollowUp(r.text("patient_id", true), r.date("last_contact_on", true),
                    r.date("progressed_on", false), r.date("died_on", false))),
            f -> "patient_id " + f.patientId());

    private ClinicalFiles() {
    }

    /**
     * Reads every cell (so that all of a line's problems are found), then makes the record only when none was
     * refused. The supplier evaluates the cells and the record in one go; a refused cell makes it give null.
     */
    private static <T> T build(Row row, java.util.function.Supplier<T> record) {
        try {
            T value = record.get();
            return row.ok() ? value : null;
        } catch (NullPointerException | IllegalArgumentException e) {
            if (row.ok()) {
                throw e;
            }
            return null;
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static Patient patient(Row r) {
        return build(r, () -> new Patient(r.text("patient_id", true),
                r.enumeration("centre", Patient.Centre.class, true), r.enumeration("sex", Patient.Sex.class, false),
                r.integer("birth_year", false, 1900, 2100), r.enumeration("histology", Patient.Histology.class, false)));
    }

    private static Specimen specimen(Row r) {
        String specimenId = r.text("specimen_id", true);
        String patientId = r.text("patient_id", true);
        Specimen.Kind kind = r.enumeration("kind", Specimen.Kind.class, true);
        Specimen.Timepoint timepoint = r.enumeration("timepoint", Specimen.Timepoint.class, false);
        if (kind != null && kind.circulating() && timepoint == null && r.text("timepoint", false) == null) {
            r.reject("timepoint", "", "PRE or POST (required for a " + kind + " specimen)");
        }
        return build(r, () -> new Specimen(specimenId, patientId, kind, timepoint, r.date("collected_on", false)));
    }

    private static Lesion lesion(Row r) {
        return build(r, () -> new Lesion(r.text("patient_id", true), r.text("lesion_id", true),
                r.enumeration("site", Lesion.Site.class, true), r.enumeration("organ", Lesion.Organ.class, false),
                r.enumeration("recist_role", Lesion.RecistRole.class, true)));
    }

    private static LabValue lab(Row r) {
        String patientId = r.text("patient_id", true);
        var drawnOn = r.date("drawn_on", true);
        LabValue.Analyte test = r.enumeration("test", LabValue.Analyte.class, true);
        BigDecimal value = r.decimal("value", true, ZERO, false);
        String label = r.text("unit", true);
        LabValue.Unit unit = label == null ? null : LabValue.Unit.ofLabel(label).orElse(null);
        if (label != null && (unit == null || test != null && !test.accepts(unit))) {
            r.reject("unit", label, test == null ? "one of 10^9/L, /mm3, g/L, g/dL"
                    : test.gradingUnit() == LabValue.Unit.GRAMS_PER_LITRE ? "g/L or g/dL for " + test
                    : "10^9/L or /mm3 for " + test);
        }
        return build(r, () -> new LabValue(patientId, drawnOn, test, value, unit));
    }
}
