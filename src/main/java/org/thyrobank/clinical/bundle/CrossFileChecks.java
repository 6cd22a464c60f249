package org.thyrobank.clinical.bundle;

import static org.thyrobank.platform.BundleFileException.describeBadValue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.thyrobank.clinical.Assessment;
import org.thyrobank.clinical.FollowUp;
import org.thyrobank.clinical.Lesion;
import org.thyrobank.clinical.Patient;
import org.thyrobank.clinical.Therapy;

/**
 * The checks that need more than one file. A row naming an unknown patient or lesion, and a follow-up date
 * before the first therapy, are problems of the file that holds the row; a first therapy with no assessment
 * visit on or before it (no baseline) is a warning. A check against a file the bundle does not hold is left out.
 */
final class CrossFileChecks {

    private final ParsedFile<Patient> patients;
    private final ParsedFile<Lesion> lesions;
    private final ParsedFile<Therapy> therapies;

    CrossFileChecks(ParsedFile<Patient> patients, ParsedFile<Lesion> lesions, ParsedFile<Therapy> therapies) {
        this.patients = patients;
        this.lesions = lesions;
        this.therapies = therapies;
    }

    <T> void knownPatients(ParsedFile<T> file, Function<T, String> patientId) {
        if (!patients.present()) {
            return;
        }
        Set<String> known = patients.rows().stream().map(Patient::patientId).collect(Collectors.toSet());
        for (ParsedFile.Line<T> line : file.lines()) {
            String id = patientId.apply(line.row());
            if (!known.contains(id)) {
                file.problems().add(describeBadValue(line.number(), "patient_id", id,
                        "a patient_id listed in " + patients.file()));
            }
        }
    }

    /** Rows recording a new lesion ({@code NEW-…} with new_lesion=true) name no lesion of lesions.csv. */
    <T> void knownLesions(ParsedFile<T> file, Function<T, String> patientId, Function<T, String> lesionId,
            Function<T, Boolean> newLesion) {
        if (!lesions.present()) {
            return;
        }
        Set<String> known = lesions.rows().stream().map(l -> l.patientId() + "\t" + l.lesionId())
                .collect(Collectors.toSet());
        for (ParsedFile.Line<T> line : file.lines()) {
            T row = line.row();
            if (!newLesion.apply(row) && !known.contains(patientId.apply(row) + "\t" + lesionId.apply(row))) {
                file.problems().add(describeBadValue(line.number(), "lesion_id", lesionId.apply(row),
                        "a lesion of patient " + patientId.apply(row) + " listed in " + lesions.file()));
            }
        }
    }

    void followUpAfterFirstTherapy(ParsedFile<FollowUp> followUps) {
        Map<String, LocalDate> first = firstTherapies();
        for (ParsedFile.Line<FollowUp> line : followUps.lines()) {
            FollowUp f = line.row();
            LocalDate origin = first.get(f.patientId());
            if (origin == null) {
                continue;
            }
            String expected = "a date on or after the first therapy (" + origin + ", " + therapies.file() + ")";
            checkNotBefore(followUps, line.number(), "last_contact_on", f.lastContactOn(), origin, expected);
            checkNotBefore(followUps, line.number(), "progressed_on", f.progressedOn(), origin, expected);
            checkNotBefore(followUps, line.number(), "died_on", f.diedOn(), origin, expected);
        }
    }

    private static void checkNotBefore(ParsedFile<?> file, long line, String column, LocalDate date,
            LocalDate origin, String expected) {
        if (date != null && date.isBefore(origin)) {
            file.problems().add(describeBadValue(line, column, date.toString(), expected));
        }
    }

    /** Warns of a first therapy that has assessment visits, none of them on or before it. */
    void baselineBeforeTherapy(ParsedFile<Assessment> assessments, List<String> warnings) {
        Map<String, LocalDate> first = firstTherapies();
        Map<String, Optional<LocalDate>> earliestVisit = assessments.rows().stream().collect(Collectors.groupingBy(
                Assessment::patientId, Collectors.mapping(Assessment::assessedOn,
                        Collectors.minBy(Comparator.naturalOrder()))));
        first.forEach((patientId, treatedOn) -> earliestVisit.getOrDefault(patientId, Optional.empty())
                .filter(visit -> visit.isAfter(treatedOn))
                .ifPresent(visit -> warnings.add(therapies.file() + ": patient " + patientId + " was treated on "
                        + treatedOn + ", before the baseline assessment: the first visit in " + assessments.file()
                        + " is " + visit)));
    }

    private Map<String, LocalDate> firstTherapies() {
        return therapies.rows().stream().collect(Collectors.toMap(Therapy::patientId, Therapy::treatedOn,
                (a, b) -> a.isBefore(b) ? a : b));
    }
}
