package org.thyrobank.clinical.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.thyrobank.clinical.AdverseEvent;
import org.thyrobank.clinical.Assessment;
import org.thyrobank.clinical.BloodDosimetry;
import org.thyrobank.clinical.Consent;
import org.thyrobank.clinical.FdgLesion;
import org.thyrobank.clinical.FollowUp;
import org.thyrobank.clinical.GradedLab;
import org.thyrobank.clinical.IodinePetScan;
import org.thyrobank.clinical.Lesion;
import org.thyrobank.clinical.LesionDosimetry;
import org.thyrobank.clinical.Patient;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.clinical.Therapy;

/**
 * The rows of the thirteen clinical files. Each insert is one multi-row statement for the rows given (the
 * importer cuts a file into batches); each select lists a table in its file's row order. Lab values are stored
 * with their CTCAE grade: written as {@link GradedLab}, read as {@link LabRow}.
 */
@Mapper
public interface ClinicalRecordMapper {

    void insertPatients(List<Numbered<Patient>> rows);

    void insertSpecimens(List<Numbered<Specimen>> rows);

    void insertLesions(List<Numbered<Lesion>> rows);

    void insertBloodDosimetry(List<Numbered<BloodDosimetry>> rows);

    void insertLesionDosimetry(List<Numbered<LesionDosimetry>> rows);

    void insertTherapies(List<Numbered<Therapy>> rows);

    void insertFdgLesions(List<Numbered<FdgLesion>> rows);

    void insertAssessments(List<Numbered<Assessment>> rows);

    void insertAdverseEvents(List<Numbered<AdverseEvent>> rows);

    void insertLabs(List<Numbered<GradedLab>> rows);

    void insertFollowUps(List<Numbered<FollowUp>> rows);

    void insertIodinePetScans(List<Numbered<IodinePetScan>> rows);

    List<Patient> patients();

    List<Specimen> specimens();

    Specimen specimen(String specimenId);

    List<Lesion> lesions();

    List<BloodDosimetry> bloodDosimetry();

    List<LesionDosimetry> lesionDosimetry();

    List<Therapy> therapies();

    List<FdgLesion> fdgLesions();

    List<Assessment> assessments();

    List<AdverseEvent> adverseEvents();

    List<LabRow> labs();

    List<FollowUp> followUps();

    List<IodinePetScan> iodinePetScans();

    void insertConsents(List<Numbered<Consent>> rows);

    /** The rows of consent.csv in the file's order. */
    List<Consent> consents();

    long patientCount();

    void deletePatients();

    void deleteSpecimens();

    void deleteLesions();

    void deleteBloodDosimetry();

    void deleteLesionDosimetry();

    void deleteTherapies();

    void deleteFdgLesions();

    void deleteAssessments();

    void deleteAdverseEvents();

    void deleteLabs();

    void deleteFollowUps();

    void deleteIodinePetScans();

    void deleteConsents();

    /** Every row of the thirteen files, children before their patient and lesion. */
    default void deleteAll() {
        deleteConsents();
        deleteLesionDosimetry();
        deleteFdgLesions();
        deleteIodinePetScans();
        deleteLesions();
        deleteSpecimens();
        deleteBloodDosimetry();
        deleteTherapies();
        deleteAssessments();
        deleteAdverseEvents();
        deleteLabs();
        deleteFollowUps();
        deletePatients();
    }
}
