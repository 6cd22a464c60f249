package org.thyrobank.clinical.bundle;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.thyrobank.clinical.AdverseEvent;
import org.thyrobank.clinical.Assessment;
import org.thyrobank.clinical.BloodDosimetry;
import org.thyrobank.clinical.Consent;
import org.thyrobank.clinical.FdgLesion;
import org.thyrobank.clinical.FollowUp;
import org.thyrobank.clinical.IodinePetScan;
import org.thyrobank.clinical.LabValue;
import org.thyrobank.clinical.Lesion;
import org.thyrobank.clinical.LesionDosimetry;
import org.thyrobank.clinical.Patient;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.clinical.Therapy;

/**
 * One codec per clinical file: every cell of the line is read first (so that all of its problems are recorded),
 * and the record is made only when none was refused; otherwise the codec gives null.
 */
final class ClinicalCodecs {

    private static final BigDecimal ZERO = BigDecimal.ZERO;

    private ClinicalCodecs() {}

    static Patient patient(Row r) {
        String patientId = r.text("patient_id", true);
        Patient.Centre centre = r.enumeration("centre", Patient.Centre.class, true);
        Patient.Sex sex = r.enumeration("sex", Patient.Sex.class, false);
        Integer birthYear = r.integer("birth_year", false, 1900, 2100);
        Patient.Histology histology = r.enumeration("histology", Patient.Histology.class, false);
        return r.ok() ? new Patient(patientId, centre, sex, birthYear, histology) : null;
    }

    static Specimen specimen(Row r) {
        String specimenId = r.text("specimen_id", true);
        String patientId = r.text("patient_id", true);
        Specimen.Kind kind = r.enumeration("kind", Specimen.Kind.class, true);
        Specimen.Timepoint timepoint = r.enumeration("timepoint", Specimen.Timepoint.class, false);
        LocalDate collectedOn = r.date("collected_on", false);
        if (kind != null && kind.circulating() && r.text("timepoint", false) == null) {
            r.reject("timepoint", "", "PRE or POST (required for a " + kind + " specimen)");
        }
        return r.ok() ? new Specimen(specimenId, patientId, kind, timepoint, collectedOn) : null;
    }

    static Lesion lesion(Row r) {
        String patientId = r.text("patient_id", true);
        String lesionId = r.text("lesion_id", true);
        Lesion.Site site = r.enumeration("site", Lesion.Site.class, true);
        Lesion.Organ organ = r.enumeration("organ", Lesion.Organ.class, false);
        Lesion.RecistRole role = r.enumeration("recist_role", Lesion.RecistRole.class, true);
        return r.ok() ? new Lesion(patientId, lesionId, site, organ, role) : null;
    }

    static BloodDosimetry bloodDosimetry(Row r) {
        String patientId = r.text("patient_id", true);
        BigDecimal gyPerGbq = r.decimal("blood_gy_per_gbq", true, ZERO, true);
        BigDecimal retention = r.decimal("whole_body_retention_48h_pct", false, ZERO, false);
        return r.ok() ? new BloodDosimetry(patientId, gyPerGbq, retention) : null;
    }

    static LesionDosimetry lesionDosimetry(Row r) {
        String patientId = r.text("patient_id", true);
        String lesionId = r.text("lesion_id", true);
        BigDecimal gyPerGbq = r.decimal("lesion_gy_per_gbq", true, ZERO, true);
        BigDecimal uptake = r.decimal("uptake_pct", false, ZERO, false);
        BigDecimal volume = r.decimal("volume_ml", false, ZERO, false);
        return r.ok() ? new LesionDosimetry(patientId, lesionId, gyPerGbq, uptake, volume) : null;
    }

    /** withdrawn_on is on or after given_on; a withdrawal kind needs its withdrawn_on date. */
    static Consent consent(Row r) {
        String patientId = r.text("patient_id", true);
        Consent.Scope scope = r.enumeration("scope", Consent.Scope.class, true);
        LocalDate givenOn = r.date("given_on", true);
        LocalDate withdrawnOn = r.date("withdrawn_on", false);
        Consent.Withdrawal withdrawal = r.enumeration("withdrawal", Consent.Withdrawal.class, false);
        if (givenOn != null && withdrawnOn != null && withdrawnOn.isBefore(givenOn)) {
            r.reject("withdrawn_on", withdrawnOn.toString(), "a date on or after given_on (" + givenOn + ")");
        }
        if (withdrawal != null && withdrawnOn == null && r.text("withdrawn_on", false) == null) {
            r.reject("withdrawal", withdrawal.name(), "no withdrawal without a withdrawn_on date");
        }
        return r.ok() ? new Consent(patientId, scope, givenOn, withdrawnOn, withdrawal) : null;
    }

    static Therapy therapy(Row r) {
        String patientId = r.text("patient_id", true);
        LocalDate treatedOn = r.date("treated_on", true);
        BigDecimal gbq = r.decimal("administered_gbq", true, ZERO, true);
        return r.ok() ? new Therapy(patientId, treatedOn, gbq) : null;
    }

    static FdgLesion fdg(Row r) {
        String patientId = r.text("patient_id", true);
        String lesionId = r.text("lesion_id", true);
        BigDecimal suvMax = r.decimal("suv_max", true, ZERO, false);
        Boolean positive = r.bool("fdg_positive", true);
        Specimen.Timepoint timepoint = r.enumeration("timepoint", Specimen.Timepoint.class, false);
        return r.ok()
                ? new FdgLesion(
                        patientId, lesionId, suvMax, positive, timepoint == null ? Specimen.Timepoint.PRE : timepoint)
                : null;
    }

    static IodinePetScan iodinePet(Row r) {
        String patientId = r.text("patient_id", true);
        String lesionId = r.text("lesion_id", true);
        LocalDate scannedOn = r.date("scanned_on", true);
        BigDecimal uptake = r.decimal("uptake_pct", true, ZERO, false);
        return r.ok() ? new IodinePetScan(patientId, lesionId, scannedOn, uptake) : null;
    }

    static Assessment assessment(Row r) {
        String patientId = r.text("patient_id", true);
        LocalDate assessedOn = r.date("assessed_on", true);
        String lesionId = r.text("lesion_id", true);
        BigDecimal diameter = r.decimal("diameter_mm", false, ZERO, false);
        Assessment.NonTargetStatus status = r.enumeration("non_target_status", Assessment.NonTargetStatus.class, false);
        Boolean newLesion = r.bool("new_lesion", false);
        boolean isNew = Boolean.TRUE.equals(newLesion);
        return r.ok() ? new Assessment(patientId, assessedOn, lesionId, diameter, status, isNew) : null;
    }

    static AdverseEvent adverseEvent(Row r) {
        String patientId = r.text("patient_id", true);
        String term = r.text("term", true);
        Integer grade = r.integer("grade", true, 1, 5);
        LocalDate onsetOn = r.date("onset_on", false);
        AdverseEvent.Attribution attribution = r.enumeration("attribution", AdverseEvent.Attribution.class, false);
        return r.ok() ? new AdverseEvent(patientId, term, grade, onsetOn, attribution) : null;
    }

    static LabValue lab(Row r) {
        String patientId = r.text("patient_id", true);
        LocalDate drawnOn = r.date("drawn_on", true);
        LabValue.Analyte test = r.enumeration("test", LabValue.Analyte.class, true);
        BigDecimal value = r.decimal("value", true, ZERO, false);
        String label = r.text("unit", true);
        LabValue.Unit unit = label == null ? null : LabValue.Unit.ofLabel(label).orElse(null);
        if (label != null && (unit == null || test != null && !test.accepts(unit))) {
            r.reject(
                    "unit",
                    label,
                    test == null
                            ? "one of 10^9/L, /mm3, g/L, g/dL"
                            : test.gradingUnit() == LabValue.Unit.GRAMS_PER_LITRE
                                    ? "g/L or g/dL for " + test
                                    : "10^9/L or /mm3 for " + test);
        }
        return r.ok() ? new LabValue(patientId, drawnOn, test, value, unit) : null;
    }

    static FollowUp followUp(Row r) {
        String patientId = r.text("patient_id", true);
        LocalDate lastContact = r.date("last_contact_on", true);
        LocalDate progressed = r.date("progressed_on", false);
        LocalDate died = r.date("died_on", false);
        return r.ok() ? new FollowUp(patientId, lastContact, progressed, died) : null;
    }
}
