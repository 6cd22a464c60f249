package org.thyrobank.clinical.bundle;

import java.util.List;
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

/** The thirteen files of {@code clinical/} as docs/study-bundle.md lists them: columns, codec and key of each. */
final class ClinicalFiles {

    static final FileSpec<Patient> PATIENTS = new FileSpec<>(
            "patients.csv",
            List.of("patient_id", "centre"),
            List.of("sex", "birth_year", "histology"),
            ClinicalCodecs::patient,
            p -> "patient_id " + p.patientId());

    static final FileSpec<Specimen> SPECIMENS = new FileSpec<>(
            "specimens.csv",
            List.of("specimen_id", "patient_id", "kind"),
            List.of("timepoint", "collected_on"),
            ClinicalCodecs::specimen,
            s -> "specimen_id " + s.specimenId());

    static final FileSpec<Lesion> LESIONS = new FileSpec<>(
            "lesions.csv",
            List.of("patient_id", "lesion_id", "site", "recist_role"),
            List.of("organ"),
            ClinicalCodecs::lesion,
            l -> "patient_id " + l.patientId() + ", lesion_id " + l.lesionId());

    static final FileSpec<BloodDosimetry> BLOOD_DOSIMETRY = new FileSpec<>(
            "blood_dosimetry.csv",
            List.of("patient_id", "blood_gy_per_gbq"),
            List.of("whole_body_retention_48h_pct"),
            ClinicalCodecs::bloodDosimetry,
            b -> "patient_id " + b.patientId());

    static final FileSpec<LesionDosimetry> LESION_DOSIMETRY = new FileSpec<>(
            "lesion_dosimetry.csv",
            List.of("patient_id", "lesion_id", "lesion_gy_per_gbq"),
            List.of("uptake_pct", "volume_ml"),
            ClinicalCodecs::lesionDosimetry,
            d -> "patient_id " + d.patientId() + ", lesion_id " + d.lesionId());

    static final FileSpec<Therapy> THERAPIES = new FileSpec<>(
            "therapies.csv",
            List.of("patient_id", "treated_on", "administered_gbq"),
            List.of(),
            ClinicalCodecs::therapy,
            t -> "patient_id " + t.patientId() + ", treated_on " + t.treatedOn());

    /** A lesion has at most one PRE (before therapy) and one POST (6-month) reading: the timepoint is in the key. */
    static final FileSpec<FdgLesion> FDG = new FileSpec<>(
            "fdg.csv",
            List.of("patient_id", "lesion_id", "suv_max", "fdg_positive"),
            List.of("timepoint"),
            ClinicalCodecs::fdg,
            f -> "patient_id " + f.patientId() + ", lesion_id " + f.lesionId() + ", timepoint " + f.timepoint());

    /** The 124I PET repeated after therapy: one row per lesion and scan. */
    static final FileSpec<IodinePetScan> IODINE_PET = new FileSpec<>(
            "iodine_pet.csv",
            List.of("patient_id", "lesion_id", "scanned_on", "uptake_pct"),
            List.of(),
            ClinicalCodecs::iodinePet,
            s -> "patient_id " + s.patientId() + ", lesion_id " + s.lesionId() + ", scanned_on " + s.scannedOn());

    static final FileSpec<Assessment> ASSESSMENTS = new FileSpec<>(
            "assessments.csv",
            List.of("patient_id", "assessed_on", "lesion_id"),
            List.of("diameter_mm", "non_target_status", "new_lesion"),
            ClinicalCodecs::assessment,
            a -> "patient_id " + a.patientId() + ", assessed_on " + a.assessedOn() + ", lesion_id " + a.lesionId());

    static final FileSpec<AdverseEvent> ADVERSE_EVENTS = new FileSpec<>(
            "adverse_events.csv",
            List.of("patient_id", "term", "grade"),
            List.of("onset_on", "attribution"),
            ClinicalCodecs::adverseEvent,
            e -> "patient_id " + e.patientId() + ", term " + e.term() + ", onset_on " + e.onsetOn());

    static final FileSpec<LabValue> LABS = new FileSpec<>(
            "labs.csv",
            List.of("patient_id", "drawn_on", "test", "value", "unit"),
            List.of(),
            ClinicalCodecs::lab,
            l -> "patient_id " + l.patientId() + ", drawn_on " + l.drawnOn() + ", test " + l.test());

    static final FileSpec<FollowUp> FOLLOW_UP = new FileSpec<>(
            "follow_up.csv",
            List.of("patient_id", "last_contact_on"),
            List.of("progressed_on", "died_on"),
            ClinicalCodecs::followUp,
            f -> "patient_id " + f.patientId());

    /** Optional: without it consent is not recorded; with it, one row per patient and scope consented to. */
    static final FileSpec<Consent> CONSENT = new FileSpec<>(
            "consent.csv",
            List.of("patient_id", "scope", "given_on"),
            List.of("withdrawn_on", "withdrawal"),
            ClinicalCodecs::consent,
            c -> "patient_id " + c.patientId() + ", scope " + c.scope());

    private ClinicalFiles() {}
}
