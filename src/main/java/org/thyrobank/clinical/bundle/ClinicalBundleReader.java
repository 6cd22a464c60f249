package org.thyrobank.clinical.bundle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.thyrobank.clinical.AdverseEvent;
import org.thyrobank.clinical.Assessment;
import org.thyrobank.clinical.BloodDosimetry;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.ClinicalValidationException;
import org.thyrobank.clinical.Consent;
import org.thyrobank.clinical.Consents;
import org.thyrobank.clinical.FdgLesion;
import org.thyrobank.clinical.FollowUp;
import org.thyrobank.clinical.IodinePetScan;
import org.thyrobank.clinical.LabValue;
import org.thyrobank.clinical.Lesion;
import org.thyrobank.clinical.LesionDosimetry;
import org.thyrobank.clinical.Patient;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.clinical.Therapy;
import org.thyrobank.platform.BundleFileException;

/**
 * Reads a bundle's {@code clinical/} folder: whichever of the thirteen files are present, each checked on its own
 * and then against the others. The folder is accepted whole or not at all: when any file has a problem, a
 * {@link ClinicalValidationException} lists every rejected file with all of its problems (up to 50 each).
 */
public final class ClinicalBundleReader {

    private static final List<String> FILES = Stream.of(
                    ClinicalFiles.PATIENTS,
                    ClinicalFiles.SPECIMENS,
                    ClinicalFiles.LESIONS,
                    ClinicalFiles.BLOOD_DOSIMETRY,
                    ClinicalFiles.LESION_DOSIMETRY,
                    ClinicalFiles.THERAPIES,
                    ClinicalFiles.FDG,
                    ClinicalFiles.ASSESSMENTS,
                    ClinicalFiles.ADVERSE_EVENTS,
                    ClinicalFiles.LABS,
                    ClinicalFiles.FOLLOW_UP,
                    ClinicalFiles.IODINE_PET,
                    ClinicalFiles.CONSENT)
            .map(FileSpec::file)
            .toList();

    private ClinicalBundleReader() {}

    /** The thirteen files this reader knows, relative to the bundle ({@code clinical/patients.csv}, ...). */
    public static List<String> files() {
        return FILES;
    }

    public static ClinicalBundle read(Path clinicalDir) {
        return read(clinicalDir, file -> {});
    }

    /** As {@link #read(Path)}, telling {@code reading} each file (clinical/patients.csv, ...) as it is taken up. */
    public static ClinicalBundle read(Path clinicalDir, Consumer<String> reading) {
        List<String> filesRead = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ParsedFile<Patient> patients = read(clinicalDir, ClinicalFiles.PATIENTS, filesRead, warnings, reading);
        ParsedFile<Specimen> specimens = read(clinicalDir, ClinicalFiles.SPECIMENS, filesRead, warnings, reading);
        ParsedFile<Lesion> lesions = read(clinicalDir, ClinicalFiles.LESIONS, filesRead, warnings, reading);
        ParsedFile<BloodDosimetry> blood =
                read(clinicalDir, ClinicalFiles.BLOOD_DOSIMETRY, filesRead, warnings, reading);
        ParsedFile<LesionDosimetry> doses =
                read(clinicalDir, ClinicalFiles.LESION_DOSIMETRY, filesRead, warnings, reading);
        ParsedFile<Therapy> therapies = read(clinicalDir, ClinicalFiles.THERAPIES, filesRead, warnings, reading);
        ParsedFile<FdgLesion> fdg = read(clinicalDir, ClinicalFiles.FDG, filesRead, warnings, reading);
        ParsedFile<Assessment> assessments = read(clinicalDir, ClinicalFiles.ASSESSMENTS, filesRead, warnings, reading);
        ParsedFile<AdverseEvent> events = read(clinicalDir, ClinicalFiles.ADVERSE_EVENTS, filesRead, warnings, reading);
        ParsedFile<LabValue> labs = read(clinicalDir, ClinicalFiles.LABS, filesRead, warnings, reading);
        ParsedFile<FollowUp> followUps = read(clinicalDir, ClinicalFiles.FOLLOW_UP, filesRead, warnings, reading);
        ParsedFile<IodinePetScan> iodinePet = read(clinicalDir, ClinicalFiles.IODINE_PET, filesRead, warnings, reading);
        ParsedFile<Consent> consent = read(clinicalDir, ClinicalFiles.CONSENT, filesRead, warnings, reading);

        CrossFileChecks checks = new CrossFileChecks(patients, lesions, therapies);
        checks.knownPatients(specimens, Specimen::patientId);
        checks.knownPatients(lesions, Lesion::patientId);
        checks.knownPatients(blood, BloodDosimetry::patientId);
        checks.knownPatients(doses, LesionDosimetry::patientId);
        checks.knownPatients(therapies, Therapy::patientId);
        checks.knownPatients(fdg, FdgLesion::patientId);
        checks.knownPatients(assessments, Assessment::patientId);
        checks.knownPatients(events, AdverseEvent::patientId);
        checks.knownPatients(labs, LabValue::patientId);
        checks.knownPatients(followUps, FollowUp::patientId);
        checks.knownPatients(iodinePet, IodinePetScan::patientId);
        checks.knownPatients(consent, Consent::patientId);
        checks.knownLesions(doses, LesionDosimetry::patientId, LesionDosimetry::lesionId, d -> false);
        checks.knownLesions(fdg, FdgLesion::patientId, FdgLesion::lesionId, f -> false);
        checks.knownLesions(assessments, Assessment::patientId, Assessment::lesionId, Assessment::newLesion);
        checks.knownLesions(iodinePet, IodinePetScan::patientId, IodinePetScan::lesionId, s -> false);
        checks.followUpAfterFirstTherapy(followUps);
        checks.scansAfterFirstTherapy(iodinePet);
        checks.baselineBeforeTherapy(assessments, warnings);
        checks.circulatingTimepoints(specimens, warnings);
        checks.assessmentsAgreeWithFollowUp(assessments, followUps, warnings);
        checks.notAfterDeath(
                events,
                AdverseEvent::patientId,
                AdverseEvent::onsetOn,
                CrossFileChecks.ADVERSE_EVENTS,
                "they are counted as recorded",
                followUps,
                warnings);
        checks.notAfterDeath(
                labs,
                LabValue::patientId,
                LabValue::drawnOn,
                CrossFileChecks.LAB_VALUES,
                "the lab nadirs after therapy count them as recorded",
                followUps,
                warnings);
        checks.followUpDatesAgree(followUps, warnings);

        List<BundleFileException> rejected = Stream.of(
                        patients,
                        specimens,
                        lesions,
                        blood,
                        doses,
                        therapies,
                        fdg,
                        assessments,
                        events,
                        labs,
                        followUps,
                        iodinePet,
                        consent)
                .filter(file -> !file.problems().isEmpty())
                .map(file -> file.problems().rejection(file.file()))
                .toList();
        if (!rejected.isEmpty()) {
            throw new ClinicalValidationException(rejected, warnings);
        }
        return new ClinicalBundle(
                patients.rows(),
                specimens.rows(),
                lesions.rows(),
                blood.rows(),
                doses.rows(),
                therapies.rows(),
                fdg.rows(),
                assessments.rows(),
                events.rows(),
                labs.rows(),
                followUps.rows(),
                iodinePet.rows(),
                filesRead,
                warnings,
                consent.present() ? Consents.recorded(consent.rows()) : Consents.notRecorded());
    }

    private static <T> ParsedFile<T> read(
            Path dir, FileSpec<T> spec, List<String> filesRead, List<String> warnings, Consumer<String> reading) {
        Path path = dir.resolve(spec.name());
        if (!Files.isRegularFile(path)) {
            return ParsedFile.absent(spec.file());
        }
        reading.accept(spec.file());
        filesRead.add(spec.file());
        return CsvFileReader.read(path, spec, warnings);
    }
}
