package org.thyrobank.clinical;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What was read from a bundle's {@code clinical/} folder: the rows of every file present (a file that is
 * absent gives an empty list), the files read (relative names such as {@code clinical/patients.csv}) and the
 * warnings that did not stop the import, and the patients' consent ({@code clinical/consent.csv}; not recorded when
 * the folder has none). {@link ResearchUse#of} gives the part of it research may use.
 */
public record ClinicalBundle(
        List<Patient> patients,
        List<Specimen> specimens,
        List<Lesion> lesions,
        List<BloodDosimetry> bloodDosimetry,
        List<LesionDosimetry> lesionDosimetry,
        List<Therapy> therapies,
        List<FdgLesion> fdgLesions,
        List<Assessment> assessments,
        List<AdverseEvent> adverseEvents,
        List<LabValue> labs,
        List<FollowUp> followUps,
        List<IodinePetScan> iodinePetScans,
        List<String> filesRead,
        List<String> warnings,
        Consents consents) {

    public ClinicalBundle {
        patients = List.copyOf(patients);
        specimens = List.copyOf(specimens);
        lesions = List.copyOf(lesions);
        bloodDosimetry = List.copyOf(bloodDosimetry);
        lesionDosimetry = List.copyOf(lesionDosimetry);
        therapies = List.copyOf(therapies);
        fdgLesions = List.copyOf(fdgLesions);
        assessments = List.copyOf(assessments);
        adverseEvents = List.copyOf(adverseEvents);
        labs = List.copyOf(labs);
        followUps = List.copyOf(followUps);
        iodinePetScans = List.copyOf(iodinePetScans);
        filesRead = List.copyOf(filesRead);
        warnings = List.copyOf(warnings);
        consents = consents == null ? Consents.notRecorded() : consents;
    }

    /** A bundle without consent.csv: consent not recorded. */
    public ClinicalBundle(
            List<Patient> patients,
            List<Specimen> specimens,
            List<Lesion> lesions,
            List<BloodDosimetry> bloodDosimetry,
            List<LesionDosimetry> lesionDosimetry,
            List<Therapy> therapies,
            List<FdgLesion> fdgLesions,
            List<Assessment> assessments,
            List<AdverseEvent> adverseEvents,
            List<LabValue> labs,
            List<FollowUp> followUps,
            List<IodinePetScan> iodinePetScans,
            List<String> filesRead,
            List<String> warnings) {
        this(
                patients,
                specimens,
                lesions,
                bloodDosimetry,
                lesionDosimetry,
                therapies,
                fdgLesions,
                assessments,
                adverseEvents,
                labs,
                followUps,
                iodinePetScans,
                filesRead,
                warnings,
                Consents.notRecorded());
    }

    /** The patient's first 131I therapy, the origin of PFS and OS: the earliest treated_on. */
    public Optional<Therapy> firstTherapy(String patientId) {
        return Optional.ofNullable(firstTherapies().get(patientId));
    }

    /**
     * Every treated patient's first therapy (the earliest treated_on; of two on one day, the first listed), by patient
     * id, found in one pass: for loops over the patients.
     */
    public Map<String, Therapy> firstTherapies() {
        return therapies.stream()
                .collect(Collectors.toMap(
                        Therapy::patientId,
                        Function.identity(),
                        BinaryOperator.minBy(Comparator.comparing(Therapy::treatedOn))));
    }
}
