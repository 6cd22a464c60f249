package org.thyrobank.clinical;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.thyrobank.clinical.ctcae.CtcaeGrader;
import org.thyrobank.clinical.dosimetry.DosimetryCalculator;
import org.thyrobank.clinical.dosimetry.PatientDosimetry;
import org.thyrobank.clinical.recist.PatientResponse;
import org.thyrobank.clinical.recist.RecistEvaluator;
import org.thyrobank.clinical.survival.SurvivalTimes;

/**
 * The one entry point of the clinical derivations: dosimetry, RECIST 1.1, CTCAE v4.0 and survival times for
 * every patient the bundle names (patients.csv, or any other file when patients.csv is not part of it), with the
 * thresholds of {@code reference/}. Plain Java, no Spring, no database.
 */
public final class ClinicalDerivations {

    private final RecistEvaluator recist;
    private final DosimetryCalculator dosimetry;
    private final CtcaeGrader ctcae;

    private ClinicalDerivations() {
        this.recist = RecistEvaluator.fromReference();
        this.dosimetry = DosimetryCalculator.fromReference();
        this.ctcae = CtcaeGrader.fromReference();
    }

    public static DerivedClinical derive(ClinicalBundle bundle) {
        return new ClinicalDerivations().deriveAll(bundle);
    }

    private DerivedClinical deriveAll(ClinicalBundle bundle) {
        Map<String, Patient> patients =
                bundle.patients().stream().collect(Collectors.toMap(Patient::patientId, Function.identity()));
        Map<String, List<Lesion>> lesions = bundle.lesions().stream().collect(Collectors.groupingBy(Lesion::patientId));
        Map<String, List<Assessment>> assessments =
                bundle.assessments().stream().collect(Collectors.groupingBy(Assessment::patientId));
        Map<String, List<LesionDosimetry>> doses =
                bundle.lesionDosimetry().stream().collect(Collectors.groupingBy(LesionDosimetry::patientId));
        Map<String, BloodDosimetry> blood = bundle.bloodDosimetry().stream()
                .collect(Collectors.toMap(BloodDosimetry::patientId, Function.identity()));
        Map<String, FollowUp> followUps =
                bundle.followUps().stream().collect(Collectors.toMap(FollowUp::patientId, Function.identity()));
        Map<String, List<FdgLesion>> fdg =
                bundle.fdgLesions().stream().collect(Collectors.groupingBy(FdgLesion::patientId));
        List<GradedLab> graded = bundle.labs().stream().map(ctcae::grade).toList();
        // each patient's nadirs from that patient's values only (all of them for every patient was quadratic)
        Map<String, List<GradedLab>> gradedByPatient =
                graded.stream().collect(Collectors.groupingBy(g -> g.lab().patientId()));
        Map<String, Therapy> firstTherapies = bundle.firstTherapies();

        List<PatientOutcome> outcomes = new ArrayList<>();
        List<LesionDose> lesionDoses = new ArrayList<>();
        List<VisitResponse> visits = new ArrayList<>();
        List<LabNadir> nadirs = new ArrayList<>();
        for (String patientId : patientIds(bundle)) {
            Optional<Therapy> therapy = Optional.ofNullable(firstTherapies.get(patientId));
            LocalDate treatedOn = therapy.map(Therapy::treatedOn).orElse(null);
            List<Lesion> own = lesions.getOrDefault(patientId, List.of());
            PatientResponse response =
                    recist.evaluate(patientId, treatedOn, own, assessments.getOrDefault(patientId, List.of()));
            List<LesionDosimetry> ownDoses = doses.getOrDefault(patientId, List.of());
            Boolean exit = dosimetry.exitToStandardCare(blood.get(patientId), own, ownDoses);
            boolean treated = Boolean.FALSE.equals(exit) && therapy.isPresent();
            boolean evaluable = treated && response.sixMonthVisit();
            PatientDosimetry dosimetryResult = dosimetry.evaluate(
                    therapy.orElse(null),
                    blood.get(patientId),
                    own,
                    ownDoses,
                    evaluable,
                    response.disappearedLesionIds());
            SurvivalTimes survival = treatedOn == null || !followUps.containsKey(patientId)
                    ? null
                    : SurvivalTimes.of(treatedOn, followUps.get(patientId));
            outcomes.add(outcome(
                    patientId,
                    patients.get(patientId),
                    response,
                    dosimetryResult,
                    treated,
                    evaluable,
                    fdg.getOrDefault(patientId, List.of()),
                    survival));
            lesionDoses.addAll(dosimetryResult.lesionDoses());
            visits.addAll(response.visits());
            if (treatedOn != null) {
                nadirs.addAll(ctcae.nadirs(patientId, treatedOn, gradedByPatient.getOrDefault(patientId, List.of())));
            }
        }
        return new DerivedClinical(outcomes, lesionDoses, visits, graded, nadirs);
    }

    private static PatientOutcome outcome(
            String patientId,
            Patient patient,
            PatientResponse response,
            PatientDosimetry dosimetry,
            boolean treated,
            boolean evaluable,
            List<FdgLesion> fdg,
            SurvivalTimes survival) {
        return new PatientOutcome(
                patientId,
                patient == null ? null : patient.centre(),
                patient == null ? null : patient.histology(),
                evaluable,
                evaluable ? response.softTissueCr() : null,
                response.bestOverallResponse(),
                dosimetry.iodineRefractory(),
                dosimetry.radioresistant(),
                fdgPositive(fdg, Specimen.Timepoint.PRE),
                dosimetry.exitToStandardCare(),
                dosimetry.mta(),
                dosimetry.recommendedActivity(),
                survival == null ? null : survival.pfsMonths(),
                survival == null ? null : survival.pfsEvent(),
                survival == null ? null : survival.osMonths(),
                survival == null ? null : survival.osEvent(),
                dosimetry.lowestSoftTissueDoseGy(),
                dosimetry.exitToStandardCare() != null,
                treated,
                response.softTissueCr(),
                fdgPositive(fdg, Specimen.Timepoint.POST));
    }

    /** Any lesion FDG-avid at that scan; null when the patient has no reading at that timepoint. */
    private static Boolean fdgPositive(List<FdgLesion> fdg, Specimen.Timepoint timepoint) {
        List<FdgLesion> scan =
                fdg.stream().filter(f -> f.timepoint() == timepoint).toList();
        return scan.isEmpty() ? null : scan.stream().anyMatch(FdgLesion::fdgPositive);
    }

    /** patients.csv's patients when it was read, else every patient any file names; sorted. */
    static TreeSet<String> patientIds(ClinicalBundle bundle) {
        if (!bundle.patients().isEmpty()) {
            return bundle.patients().stream().map(Patient::patientId).collect(Collectors.toCollection(TreeSet::new));
        }
        return Stream.of(
                        bundle.specimens().stream().map(Specimen::patientId),
                        bundle.lesions().stream().map(Lesion::patientId),
                        bundle.bloodDosimetry().stream().map(BloodDosimetry::patientId),
                        bundle.lesionDosimetry().stream().map(LesionDosimetry::patientId),
                        bundle.therapies().stream().map(Therapy::patientId),
                        bundle.fdgLesions().stream().map(FdgLesion::patientId),
                        bundle.assessments().stream().map(Assessment::patientId),
                        bundle.adverseEvents().stream().map(AdverseEvent::patientId),
                        bundle.labs().stream().map(LabValue::patientId),
                        bundle.followUps().stream().map(FollowUp::patientId))
                .flatMap(Function.identity())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
