package org.thyrobank.demo;

import static org.thyrobank.demo.Table.decimal;

import java.time.LocalDate;
import java.util.List;
import org.thyrobank.demo.Patient.FdgReading;
import org.thyrobank.demo.Patient.IodineUptake;
import org.thyrobank.demo.Patient.Lesion;
import org.thyrobank.demo.Patient.Site;
import org.thyrobank.demo.Patient.Therapy;
import org.thyrobank.demo.Patient.TumourSpecimen;
import org.thyrobank.demo.Patient.Visit;

/** Writes the clinical files of docs/study-bundle.md that describe patients, specimens, lesions and response. */
final class ClinicalWriter {

    private static final double FDG_POSITIVE_SUV = 2.5;

    private final List<Patient> patients;
    private final Draw draw;

    ClinicalWriter(List<Patient> patients, long seed) {
        this.patients = patients;
        this.draw = Draw.forPart(seed, "clinical");
    }

    void writeTo(BundleOutput out) {
        out.write("clinical/patients.csv", patients());
        out.write("clinical/specimens.csv", specimens());
        out.write("clinical/lesions.csv", lesions());
        out.write("clinical/blood_dosimetry.csv", bloodDosimetry());
        out.write("clinical/lesion_dosimetry.csv", lesionDosimetry());
        out.write("clinical/therapies.csv", therapies());
        out.write("clinical/fdg.csv", fdg());
        out.write("clinical/iodine_pet.csv", iodinePet());
        out.write("clinical/assessments.csv", assessments());
        out.write("clinical/follow_up.csv", followUp());
    }

    private Table patients() {
        Table table = new Table("patient_id", "centre", "sex", "birth_year", "histology");
        patients.forEach(p -> table.add(p.id(), p.centre(), p.sex(), p.birthYear(), p.histology()));
        return table;
    }

    /**
     * Archival tumour tissue, plasma a few days before therapy (PRE; at dosimetry for an exited patient) and at the
     * 6-month visit (POST).
     */
    private Table specimens() {
        Table table = new Table("specimen_id", "patient_id", "kind", "timepoint", "collected_on");
        for (Patient p : patients) {
            for (TumourSpecimen tumour : p.tumourSpecimens()) {
                table.add(tumour.id(), p.id(), "TUMOUR_TISSUE", null, tumour.collectedOn());
            }
            LocalDate pre = p.treated()
                    ? p.firstTherapyOn().minusDays(draw.integer(1, 6))
                    : p.dosimetryOn().plusDays(draw.integer(0, 2));
            table.add(QpcrWriter.preSpecimen(p), p.id(), "PLASMA", "PRE", pre);
            if (p.postSampleOn() != null) {
                table.add(QpcrWriter.postSpecimen(p), p.id(), "PLASMA", "POST", p.postSampleOn());
            }
        }
        return table;
    }

    private Table lesions() {
        Table table = new Table("patient_id", "lesion_id", "site", "organ", "recist_role");
        for (Patient p : patients) {
            for (Lesion l : p.lesions()) {
                table.add(p.id(), l.id(), l.site(), l.organ(), l.site() == Site.SOFT_TISSUE ? "TARGET" : "NON_TARGET");
            }
        }
        return table;
    }

    private Table bloodDosimetry() {
        Table table = new Table("patient_id", "blood_gy_per_gbq", "whole_body_retention_48h_pct");
        patients.forEach(p -> table.add(p.id(), decimal(p.bloodGyPerGbq(), 3), decimal(p.retention48hPct(), 1)));
        return table;
    }

    private Table lesionDosimetry() {
        Table table = new Table("patient_id", "lesion_id", "lesion_gy_per_gbq", "uptake_pct", "volume_ml");
        for (Patient p : patients) {
            for (Lesion l : p.lesions()) {
                table.add(
                        p.id(), l.id(), decimal(l.gyPerGbq(), 2), decimal(l.uptakePct(), 3), decimal(l.volumeMl(), 1));
            }
        }
        return table;
    }

    private Table therapies() {
        Table table = new Table("patient_id", "treated_on", "administered_gbq");
        for (Patient p : patients) {
            for (Therapy t : p.therapies()) {
                table.add(p.id(), t.treatedOn(), decimal(t.administeredGbq(), 2));
            }
        }
        return table;
    }

    /**
     * FDG PET/CT before therapy (PRE, every patient) and 6 months after it (POST, most evaluable patients): a lesion
     * is called positive from an SUVmax of 2.5.
     */
    private Table fdg() {
        Table table = new Table("patient_id", "lesion_id", "timepoint", "suv_max", "fdg_positive");
        for (Patient p : patients) {
            for (Lesion l : p.lesions()) {
                table.add(p.id(), l.id(), "PRE", decimal(l.suvMax(), 1), l.suvMax() >= FDG_POSITIVE_SUV);
            }
            for (FdgReading reading : p.fdgPost()) {
                table.add(
                        p.id(),
                        reading.lesionId(),
                        "POST",
                        decimal(reading.suvMax(), 1),
                        reading.suvMax() >= FDG_POSITIVE_SUV);
            }
        }
        return table;
    }

    /** The 124I PET repeated about 6 months after therapy; the pre-treatment uptake is lesion_dosimetry.csv's. */
    private Table iodinePet() {
        Table table = new Table("patient_id", "lesion_id", "scanned_on", "uptake_pct");
        for (Patient p : patients) {
            for (IodineUptake scan : p.iodinePet()) {
                table.add(p.id(), scan.lesionId(), scan.scannedOn(), decimal(scan.uptakePct(), 3));
            }
        }
        return table;
    }

    private Table assessments() {
        Table table =
                new Table("patient_id", "assessed_on", "lesion_id", "diameter_mm", "non_target_status", "new_lesion");
        for (Patient p : patients) {
            List<Lesion> targets = p.targets();
            for (Visit visit : p.visits()) {
                for (int i = 0; i < targets.size(); i++) {
                    table.add(
                            p.id(),
                            visit.assessedOn(),
                            targets.get(i).id(),
                            visit.targetMm().get(i),
                            null,
                            false);
                }
                for (Lesion bone : p.bones()) {
                    table.add(p.id(), visit.assessedOn(), bone.id(), null, visit.boneStatus(), false);
                }
                if (visit.newLesion()) {
                    table.add(p.id(), visit.assessedOn(), "NEW-1", null, null, true);
                }
            }
        }
        return table;
    }

    private Table followUp() {
        Table table = new Table("patient_id", "last_contact_on", "progressed_on", "died_on");
        for (Patient p : patients) {
            table.add(
                    p.id(),
                    p.followUp().lastContactOn(),
                    p.followUp().progressedOn(),
                    p.followUp().diedOn());
        }
        return table;
    }
}
