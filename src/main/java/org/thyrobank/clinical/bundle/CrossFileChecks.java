package org.thyrobank.clinical.bundle;

import static org.thyrobank.platform.BundleFileException.describeBadValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thyrobank.clinical.Assessment;
import org.thyrobank.clinical.FollowUp;
import org.thyrobank.clinical.IodinePetScan;
import org.thyrobank.clinical.Lesion;
import org.thyrobank.clinical.Patient;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.clinical.Therapy;

/**
 * The checks that need more than one file. A row naming an unknown patient or lesion, a follow-up date before
 * the first therapy and a 124I PET scan of iodine_pet.csv dated before it are problems of the file that holds
 * the row. Dates that disagree otherwise are
 * warnings (docs/analyses.md, Response), one line per patient and kind listing the dates, each given to the file named
 * first: therapies.csv, a first therapy with no assessment visit on or before it (no baseline); assessments.csv,
 * visits after follow_up.csv's progressed_on, died_on or last_contact_on; labs.csv and adverse_events.csv, values
 * drawn and onsets after died_on; follow_up.csv, progressed_on or died_on after last_contact_on, and
 * progressed_on after died_on; specimens.csv, a PLASMA/SERUM specimen with timepoint PRE collected after the
 * first therapy, or POST collected on or before it. A check against a file the bundle does not hold is left out.
 */
final class CrossFileChecks {

    /** At most this many dates or specimens are listed in one warning; the rest are counted. */
    static final int MAX_LISTED = 10;

    static final Dated VISITS = new Dated("a visit", "visits", false);
    static final Dated LAB_VALUES = new Dated("a value drawn", "values drawn", true);
    static final Dated ADVERSE_EVENTS = new Dated("an adverse event with onset", "adverse events with onset", true);

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
                file.problems()
                        .add(describeBadValue(
                                line.number(), "patient_id", id, "a patient_id listed in " + patients.file()));
            }
        }
    }

    /** Rows recording a new lesion ({@code NEW-…} with new_lesion=true) name no lesion of lesions.csv. */
    <T> void knownLesions(
            ParsedFile<T> file,
            Function<T, String> patientId,
            Function<T, String> lesionId,
            Function<T, Boolean> newLesion) {
        if (!lesions.present()) {
            return;
        }
        Set<String> known = lesions.rows().stream()
                .map(l -> l.patientId() + "\t" + l.lesionId())
                .collect(Collectors.toSet());
        for (ParsedFile.Line<T> line : file.lines()) {
            T row = line.row();
            if (!newLesion.apply(row) && !known.contains(patientId.apply(row) + "\t" + lesionId.apply(row))) {
                file.problems()
                        .add(describeBadValue(
                                line.number(),
                                "lesion_id",
                                lesionId.apply(row),
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

    /**
     * iodine_pet.csv holds the 124I PET repeated after therapy: a scan dated before the patient's first therapy
     * (the earliest treated_on) is a problem; a patient without therapy rows is not checked.
     */
    void scansAfterFirstTherapy(ParsedFile<IodinePetScan> scans) {
        Map<String, LocalDate> first = firstTherapies();
        for (ParsedFile.Line<IodinePetScan> line : scans.lines()) {
            IodinePetScan s = line.row();
            LocalDate origin = first.get(s.patientId());
            if (origin != null) {
                checkNotBefore(
                        scans,
                        line.number(),
                        "scanned_on",
                        s.scannedOn(),
                        origin,
                        "a date on or after the"
                                + " first therapy (" + origin + ", " + therapies.file() + "): " + scans.file()
                                + " holds"
                                + " the 124I PET repeated after therapy");
            }
        }
    }

    private static void checkNotBefore(
            ParsedFile<?> file, long line, String column, LocalDate date, LocalDate origin, String expected) {
        if (date != null && date.isBefore(origin)) {
            file.problems().add(describeBadValue(line, column, date.toString(), expected));
        }
    }

    /** Warns of a first therapy that has assessment visits, none of them on or before it. */
    void baselineBeforeTherapy(ParsedFile<Assessment> assessments, List<String> warnings) {
        Map<String, LocalDate> first = firstTherapies();
        Map<String, Optional<LocalDate>> earliestVisit = assessments.rows().stream()
                .collect(Collectors.groupingBy(
                        Assessment::patientId,
                        Collectors.mapping(Assessment::assessedOn, Collectors.minBy(Comparator.naturalOrder()))));
        first.forEach((patientId, treatedOn) -> earliestVisit
                .getOrDefault(patientId, Optional.empty())
                .filter(visit -> visit.isAfter(treatedOn))
                .ifPresent(visit -> warnings.add(therapies.file() + ": patient " + patientId + " was treated on "
                        + treatedOn + ", before the baseline assessment: the first visit in " + assessments.file()
                        + " is " + visit)));
    }

    /**
     * Warns of assessment visits after follow_up.csv's progressed_on, after its died_on and after its
     * last_contact_on (the dates the survival times use): one line per patient and kind, listing the visits.
     */
    void assessmentsAgreeWithFollowUp(
            ParsedFile<Assessment> assessments, ParsedFile<FollowUp> followUps, List<String> warnings) {
        Map<String, FollowUp> followUp = followUpsByPatient(followUps);
        Map<String, List<LocalDate>> visits =
                datesByPatient(assessments, Assessment::patientId, Assessment::assessedOn);
        visits.forEach((patientId, dates) -> {
            FollowUp f = followUp.get(patientId);
            if (f == null) {
                return;
            }
            String where = " in " + followUps.file() + ": ";
            later(dates, f.progressedOn())
                    .ifPresent(late -> warnings.add(assessments.file() + ": patient "
                            + patientId + " has " + VISITS.describe(late) + ", after progressed_on " + f.progressedOn()
                            + where + "response counts " + assessments.file()
                            + " until its first PD; PFS uses progressed_on"));
            later(dates, f.diedOn())
                    .ifPresent(late -> warnings.add(assessments.file() + ": patient " + patientId
                            + " has " + VISITS.describe(late) + ", after died_on " + f.diedOn() + where
                            + "response counts the visits as recorded; OS ends at died_on"));
            later(dates, f.lastContactOn())
                    .ifPresent(late -> warnings.add(assessments.file() + ": patient "
                            + patientId + " has " + VISITS.describe(late) + ", after last_contact_on "
                            + f.lastContactOn()
                            + where + "the last contact is older than a recorded visit" + censoring(f)));
        });
    }

    /** What a last contact older than a visit does to PFS and OS, given the events the follow-up records. */
    private static String censoring(FollowUp f) {
        if (f.diedOn() != null) {
            return " (PFS and OS end at the recorded death or progression, not at the last contact)";
        }
        if (f.progressedOn() != null) {
            return ", so OS is censored too early (PFS ends at progressed_on)";
        }
        return ", so PFS and OS are censored too early";
    }

    /** Warns of rows of {@code file} (labs, adverse events) dated after follow_up.csv's died_on. */
    <T> void notAfterDeath(
            ParsedFile<T> file,
            Function<T, String> patientId,
            Function<T, LocalDate> date,
            Dated what,
            String consequence,
            ParsedFile<FollowUp> followUps,
            List<String> warnings) {
        Map<String, FollowUp> followUp = followUpsByPatient(followUps);
        datesByPatient(file, patientId, date).forEach((id, dates) -> {
            FollowUp f = followUp.get(id);
            if (f != null) {
                later(dates, f.diedOn())
                        .ifPresent(late -> warnings.add(file.file() + ": patient " + id + " has "
                                + what.describe(late) + ", after died_on " + f.diedOn() + " in " + followUps.file()
                                + ": "
                                + consequence));
            }
        });
    }

    /**
     * Warns of a follow_up.csv row whose progressed_on or died_on is after its last_contact_on, or whose
     * progressed_on is after its died_on.
     */
    void followUpDatesAgree(ParsedFile<FollowUp> followUps, List<String> warnings) {
        for (ParsedFile.Line<FollowUp> line : followUps.lines()) {
            FollowUp f = line.row();
            String row = followUps.file() + ": line " + line.number() + ", patient " + f.patientId() + ": ";
            if (after(f.progressedOn(), f.lastContactOn())) {
                warnings.add(row + "progressed_on " + f.progressedOn() + " is after last_contact_on "
                        + f.lastContactOn() + ": the last contact is older than the recorded progression;"
                        + " PFS uses progressed_on");
            }
            if (after(f.diedOn(), f.lastContactOn())) {
                warnings.add(row + "died_on " + f.diedOn() + " is after last_contact_on " + f.lastContactOn()
                        + ": the last contact is older than the recorded death; OS uses died_on");
            }
            if (after(f.progressedOn(), f.diedOn())) {
                warnings.add(row + "progressed_on " + f.progressedOn() + " is after died_on " + f.diedOn()
                        + ": PFS ends at died_on, the earlier of the two");
            }
        }
    }

    /**
     * Warns of PLASMA/SERUM specimens with timepoint PRE collected after the first therapy, or POST collected on
     * or before it (specimens without collected_on are not checked).
     */
    void circulatingTimepoints(ParsedFile<Specimen> specimens, List<String> warnings) {
        Map<String, LocalDate> first = firstTherapies();
        Map<String, List<Specimen>> pre = new LinkedHashMap<>();
        Map<String, List<Specimen>> post = new LinkedHashMap<>();
        for (Specimen s : specimens.rows()) {
            LocalDate treatedOn = first.get(s.patientId());
            if (!s.kind().circulating() || s.collectedOn() == null || treatedOn == null) {
                continue;
            }
            if (s.timepoint() == Specimen.Timepoint.PRE && s.collectedOn().isAfter(treatedOn)) {
                pre.computeIfAbsent(s.patientId(), id -> new ArrayList<>()).add(s);
            } else if (s.timepoint() == Specimen.Timepoint.POST
                    && !s.collectedOn().isAfter(treatedOn)) {
                post.computeIfAbsent(s.patientId(), id -> new ArrayList<>()).add(s);
            }
        }
        String consequence = ": the miRNA PRE/POST comparison takes the timepoint as written";
        pre.forEach((id, late) -> warnings.add(specimens.file() + ": patient " + id + " has " + specimens("PRE", late)
                + ", after the first therapy on " + first.get(id) + " in " + therapies.file() + consequence));
        post.forEach((id, early) -> warnings.add(specimens.file() + ": patient " + id + " has "
                + specimens("POST", early) + ", on or before the first therapy on " + first.get(id) + " in "
                + therapies.file() + consequence));
    }

    private static String specimens(String timepoint, List<Specimen> listed) {
        String each = listed.stream()
                .limit(MAX_LISTED)
                .map(s -> s.specimenId() + " (" + s.kind() + ") collected on " + s.collectedOn())
                .collect(Collectors.joining(", "));
        String more = listed.size() > MAX_LISTED ? " and " + (listed.size() - MAX_LISTED) + " more" : "";
        return timepoint + (listed.size() == 1 ? " specimen " : " specimens ") + each + more;
    }

    /**
     * How a warning names the rows it lists: {@code countRows} counts rows (several may share a date), otherwise
     * each date is one (a visit is all the rows of one date).
     */
    record Dated(String one, String many, boolean countRows) {

        /** "a visit on 2022-06-01", "3 values drawn on 2022-06-01, 2022-07-01" (dates sorted, with repeats). */
        String describe(List<LocalDate> dates) {
            List<LocalDate> distinct = dates.stream().distinct().toList();
            int n = countRows ? dates.size() : distinct.size();
            String listed =
                    distinct.stream().limit(MAX_LISTED).map(LocalDate::toString).collect(Collectors.joining(", "));
            String more = distinct.size() > MAX_LISTED ? " and " + (distinct.size() - MAX_LISTED) + " more dates" : "";
            return (n == 1 ? one : n + " " + many) + " on " + listed + more;
        }
    }

    /** The dates of each patient's rows, sorted (with repeats), patients in the order the file first names them. */
    private static <T> Map<String, List<LocalDate>> datesByPatient(
            ParsedFile<T> file, Function<T, String> patientId, Function<T, LocalDate> date) {
        Map<String, List<LocalDate>> dates = new LinkedHashMap<>();
        for (T row : file.rows()) {
            LocalDate d = date.apply(row);
            if (d != null) {
                dates.computeIfAbsent(patientId.apply(row), id -> new ArrayList<>())
                        .add(d);
            }
        }
        dates.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        return dates;
    }

    /** The dates after {@code limit}, or nothing when there are none or no limit is recorded. */
    private static Optional<List<LocalDate>> later(List<LocalDate> dates, LocalDate limit) {
        if (limit == null) {
            return Optional.empty();
        }
        List<LocalDate> late = dates.stream().filter(d -> d.isAfter(limit)).toList();
        return late.isEmpty() ? Optional.empty() : Optional.of(late);
    }

    private static boolean after(LocalDate date, LocalDate limit) {
        return date != null && limit != null && date.isAfter(limit);
    }

    /** Each patient's follow-up row (the first, should the file repeat a patient: that is rejected anyway). */
    private static Map<String, FollowUp> followUpsByPatient(ParsedFile<FollowUp> followUps) {
        Map<String, FollowUp> byPatient = new LinkedHashMap<>();
        followUps.rows().forEach(f -> byPatient.putIfAbsent(f.patientId(), f));
        return byPatient;
    }

    /** Each patient's first therapy, patients in the order therapies.csv first names them. */
    private Map<String, LocalDate> firstTherapies() {
        return therapies.rows().stream()
                .collect(Collectors.toMap(
                        Therapy::patientId, Therapy::treatedOn, (a, b) -> a.isBefore(b) ? a : b, LinkedHashMap::new));
    }
}
