package org.thyrobank.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thyrobank.clinical.bundle.ClinicalBundleReader;

/**
 * Reads and derives the shared example bundle (a copy under src/test/resources). Row counts are counted from
 * the files here, and with the warnings by {@code study-example/count_check.py}; cohort figures are those printed
 * by {@code study-example/independent_check.py}, a separate Python reading of the same files by the rules of
 * docs/analyses.md; MI-001 and MI-003, and the example's edge cases (MI-012 without blood dosimetry, VR-003 never
 * treated, MI-005's unequivocal bone progression, MI-032's visit without a target row, VR-001's two cycles), are
 * worked by hand in the comments.
 */
class ExampleBundleTests {

    static Path clinical;
    static ClinicalBundle bundle;
    static DerivedClinical derived;

    @BeforeAll
    static void readAndDerive() throws URISyntaxException {
        clinical = Path.of(ExampleBundleTests.class
                .getResource("/org/thyrobank/clinical/study-example/clinical")
                .toURI());
        bundle = ClinicalBundleReader.read(clinical);
        derived = ClinicalDerivations.derive(bundle);
    }

    static long dataLines(String file) throws IOException {
        try (Stream<String> lines = Files.lines(clinical.resolve(file))) {
            return lines.skip(1).filter(l -> !l.isBlank()).count();
        }
    }

    static long patients(Predicate<PatientOutcome> which) {
        return derived.patients().stream().filter(which).count();
    }

    @Test
    void readsEveryFileAndEveryRow() throws IOException {
        assertThat(bundle.filesRead()).hasSize(12);
        assertThat(bundle.patients()).hasSize((int) dataLines("patients.csv")).hasSize(60);
        assertThat(bundle.specimens()).hasSize((int) dataLines("specimens.csv"));
        assertThat(bundle.lesions()).hasSize((int) dataLines("lesions.csv"));
        assertThat(bundle.bloodDosimetry()).hasSize((int) dataLines("blood_dosimetry.csv"));
        assertThat(bundle.lesionDosimetry()).hasSize((int) dataLines("lesion_dosimetry.csv"));
        assertThat(bundle.therapies()).hasSize((int) dataLines("therapies.csv"));
        assertThat(bundle.fdgLesions()).hasSize((int) dataLines("fdg.csv"));
        assertThat(bundle.assessments()).hasSize((int) dataLines("assessments.csv"));
        assertThat(bundle.adverseEvents()).hasSize((int) dataLines("adverse_events.csv"));
        assertThat(bundle.labs()).hasSize((int) dataLines("labs.csv"));
        assertThat(bundle.followUps()).hasSize((int) dataLines("follow_up.csv"));
        assertThat(bundle.iodinePetScans())
                .hasSize((int) dataLines("iodine_pet.csv"))
                .hasSize(86);
    }

    @Test
    void theOnlyWarningsAreVisitsAfterTheAdjudicatedProgressionAndOneLabValueAfterDeath() {
        // 38 patients have visits after follow_up.csv's progressed_on, and MI-007 a lab value after died_on
        // (counted apart, in Python); no other date disagrees. MI-001 progressed on 2023-02-11 by follow_up.csv
        // and still had a visit on 2023-07-10.
        assertThat(bundle.warnings()).hasSize(39);
        assertThat(bundle.warnings())
                .filteredOn(w -> w.startsWith("clinical/assessments.csv: "))
                .hasSize(38)
                .allSatisfy(w -> assertThat(w)
                        .startsWith("clinical/assessments.csv: patient ")
                        .contains(", after progressed_on "));
        assertThat(bundle.warnings())
                .last()
                .isEqualTo("clinical/labs.csv: patient MI-007 has a value drawn on"
                        + " 2022-03-31, after died_on 2022-03-26 in clinical/follow_up.csv: the lab nadirs after therapy"
                        + " count them as recorded");
        assertThat(bundle.warnings())
                .first()
                .isEqualTo("clinical/assessments.csv: patient MI-001 has a visit on"
                        + " 2023-07-10, after progressed_on 2023-02-11 in clinical/follow_up.csv: response counts"
                        + " clinical/assessments.csv until its first PD; PFS uses progressed_on");
    }

    @Test
    void derivesOneOutcomePerPatientAndOneDoseRowPerLesionDosimetryRowOfATreatedPatient() throws IOException {
        assertThat(derived.patients()).hasSize(bundle.patients().size());
        // VR-003 was never treated: its 3 lesion_dosimetry rows have no administered activity, so no dose
        assertThat(derived.lesionDoses())
                .hasSize((int) dataLines("lesion_dosimetry.csv") - 3)
                .hasSize(139);
        assertThat(derived.lesionDoses()).noneMatch(d -> d.patientId().equals("VR-003"));
        assertThat(derived.labs()).hasSize(bundle.labs().size());
        // a baseline for every patient with a therapy (VR-003 has none, so no baseline either)
        assertThat(derived.visits())
                .extracting(VisitResponse::baseline)
                .filteredOn(b -> b)
                .hasSize(59);
    }

    @Test
    void populationsFlowAsTheIndependentReadingCountsThem() {
        Map<AnalysisPopulation, Long> reached = derived.patients().stream()
                .collect(Collectors.groupingBy(AnalysisPopulation::of, Collectors.counting()));
        // enrolled 60 -> dosimetry 59 -> (7 exited, 1 without therapy) -> treated 51 -> evaluable 45
        assertThat(derived.patients()).hasSize(60);
        assertThat(patients(PatientOutcome::inDosimetry)).isEqualTo(59);
        assertThat(patients(p -> Boolean.TRUE.equals(p.exitToStandardCare()))).isEqualTo(7);
        assertThat(patients(PatientOutcome::treated)).isEqualTo(51);
        assertThat(patients(PatientOutcome::evaluable)).isEqualTo(45);
        assertThat(reached)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        AnalysisPopulation.ENROLLED,
                        1L,
                        AnalysisPopulation.DOSIMETRY,
                        8L,
                        AnalysisPopulation.TREATED,
                        6L,
                        AnalysisPopulation.EVALUABLE,
                        45L));
        Map<AnalysisPopulation.Reason, List<String>> leftOut = derived.patients().stream()
                .filter(p -> AnalysisPopulation.leftOut(p) != null)
                .collect(Collectors.groupingBy(
                        AnalysisPopulation::leftOut,
                        TreeMap::new,
                        Collectors.mapping(PatientOutcome::patientId, Collectors.toList())));
        assertThat(leftOut)
                .containsExactly(
                        Map.entry(AnalysisPopulation.Reason.NO_DOSIMETRY, List.of("MI-012")),
                        Map.entry(
                                AnalysisPopulation.Reason.EXIT_TO_STANDARD_CARE,
                                List.of("MI-019", "MI-029", "VR-002", "VR-004", "VR-005", "VR-011", "VR-012")),
                        Map.entry(AnalysisPopulation.Reason.NO_THERAPY, List.of("VR-003")),
                        Map.entry(
                                AnalysisPopulation.Reason.NO_VISIT_AT_6_MONTHS,
                                List.of("MI-007", "MI-011", "MI-013", "MI-034", "VR-014", "VR-017")));
        assertThat(AnalysisPopulation.Reason.NO_DOSIMETRY.step()).isEqualTo(AnalysisPopulation.ENROLLED);
        assertThat(AnalysisPopulation.Reason.EXIT_TO_STANDARD_CARE.step()).isEqualTo(AnalysisPopulation.DOSIMETRY);
        assertThat(AnalysisPopulation.Reason.NO_THERAPY.step()).isEqualTo(AnalysisPopulation.DOSIMETRY);
        assertThat(AnalysisPopulation.Reason.NO_VISIT_AT_6_MONTHS.step()).isEqualTo(AnalysisPopulation.TREATED);
        // the exited are off protocol whatever therapies.csv says: all 7 have a therapy row, none is treated
        assertThat(derived.patients())
                .filteredOn(p -> Boolean.TRUE.equals(p.exitToStandardCare()))
                .allSatisfy(p -> assertThat(bundle.firstTherapy(p.patientId())).isPresent())
                .noneMatch(PatientOutcome::treated);
    }

    @Test
    void cohortFiguresAgreeWithTheIndependentReading() {
        List<PatientOutcome> evaluable =
                derived.patients().stream().filter(PatientOutcome::evaluable).toList();
        assertThat(evaluable).hasSize(45);
        assertThat(evaluable).filteredOn(p -> p.softTissueCr()).hasSize(15);
        // sensitivity: a therapy and a visit at 6 months, whatever dosimetry or exit (the 45, MI-012 and 7 exited)
        assertThat(patients(p -> p.softTissueCrAllTreated() != null)).isEqualTo(53);
        assertThat(patients(p -> Boolean.TRUE.equals(p.softTissueCrAllTreated())))
                .isEqualTo(15);
        Map<OverallResponse, Long> best = evaluable.stream()
                .collect(Collectors.groupingBy(PatientOutcome::bestOverallResponse, Collectors.counting()));
        assertThat(best)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        OverallResponse.CR,
                        6L,
                        OverallResponse.PR,
                        17L,
                        OverallResponse.SD,
                        18L,
                        OverallResponse.PD,
                        4L));
        assertThat(patients(p -> Boolean.TRUE.equals(p.iodineRefractory()))).isEqualTo(7);
        assertThat(patients(p -> p.iodineRefractory() != null)).isEqualTo(59);
        assertThat(evaluable).filteredOn(p -> p.radioresistant()).hasSize(30);
        assertThat(patients(p -> Boolean.TRUE.equals(p.fdgPositive()))).isEqualTo(36);
        assertThat(patients(p -> p.fdgPositive() != null)).isEqualTo(60);
        assertThat(patients(p -> Boolean.TRUE.equals(p.fdgPositivePost()))).isEqualTo(16);
        assertThat(patients(p -> p.fdgPositivePost() != null)).isEqualTo(40);
        assertThat(derived.lesionDoses().stream()
                        .filter(d -> d.lesionClass() != null)
                        .collect(Collectors.groupingBy(LesionDose::lesionClass, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        LesionClass.LOW_UPTAKE,
                        7L,
                        LesionClass.UNDERDOSED,
                        1L,
                        LesionClass.RESPONSIVE,
                        34L,
                        LesionClass.RADIORESISTANT,
                        35L,
                        LesionClass.NOT_EVALUABLE,
                        22L));
        assertThat(derived.lesionDoses())
                .filteredOn(d -> d.site() == Lesion.Site.BONE)
                .allSatisfy(d -> assertThat(d.lesionClass()).isNull());
        List<PatientOutcome> treated =
                derived.patients().stream().filter(PatientOutcome::treated).toList();
        assertThat(treated).hasSize(51);
        assertThat(treated).filteredOn(PatientOutcome::pfsEvent).hasSize(46);
        assertThat(treated).filteredOn(PatientOutcome::osEvent).hasSize(31);
    }

    @Test
    void undefinedOutcomesAreNullExactlyForPatientsWhoAreNotEvaluable() {
        assertThat(derived.patients())
                .filteredOn(p -> !p.evaluable())
                .allSatisfy(p -> assertThat(p.softTissueCr()).isNull())
                .allSatisfy(p -> assertThat(p.radioresistant()).isNull());
        assertThat(derived.patients())
                .filteredOn(PatientOutcome::evaluable)
                .allSatisfy(p -> assertThat(p.softTissueCr()).isNotNull())
                .allSatisfy(p -> assertThat(p.radioresistant()).isNotNull());
        // IODINE_REFRACTORY is EXIT_TO_STANDARD_CARE, defined over the dosimetry population only
        assertThat(derived.patients()).allSatisfy(p -> {
            assertThat(p.iodineRefractory() != null).isEqualTo(p.inDosimetry());
            assertThat(p.iodineRefractory()).isEqualTo(p.exitToStandardCare());
        });
    }

    @Test
    void patientMi001IsWorkedByHand() {
        PatientOutcome p = derived.patient("MI-001").orElseThrow();
        // one soft-tissue lesion, MI-001-L1 (lung, target), 89.02 Gy/GBq; blood 0.148 Gy/GBq; one therapy,
        // 2022-07-06, 0.9 GBq. D = 89.02 x 0.9 = 80.118 Gy, at or above 80: not UNDERDOSED
        assertThat(p.lowestSoftTissueDoseGy()).isEqualByComparingTo("80.118");
        // MTA = 2 / 0.148 = 13.5135...; at the MTA 89.02 x 2 = 178.04 >= 80 x 0.148 = 11.84: no exit
        assertThat(p.mta()).isEqualByComparingTo("13.51351351351351");
        assertThat(p.exitToStandardCare()).isFalse();
        assertThat(p.iodineRefractory()).isFalse();
        // recommended = 80 / 89.02 = 0.89867..., under the MTA; 0.9 GBq is not below 0.95 x 0.89867 = 0.8537
        assertThat(p.recommendedActivity()).isEqualByComparingTo("0.8986744551786115");
        assertThat(AnalysisPopulation.of(p)).isEqualTo(AnalysisPopulation.EVALUABLE);
        // baseline 2022-07-02 (19 mm, the latest visit on or before 2022-07-06); day 91: 16 mm, not 20 % above
        // the nadir of 19 and not 30 % below 19 (13.3): SD; day 190 (2023-01-12): 0 mm, CR; day 369: 0 mm, CR
        assertThat(derived.visits())
                .filteredOn(v -> v.patientId().equals("MI-001"))
                .extracting(VisitResponse::response)
                .containsExactly(null, OverallResponse.SD, OverallResponse.CR, OverallResponse.CR);
        assertThat(p.bestOverallResponse()).isEqualTo(OverallResponse.CR);
        // the lung lesion is 0 mm on day 190 >= 182, no new lesion, nothing progressed before
        assertThat(p.softTissueCr()).isTrue();
        assertThat(p.softTissueCrAllTreated()).isTrue();
        assertThat(derived.lesionDoses())
                .filteredOn(d -> d.patientId().equals("MI-001"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.doseGy()).isEqualByComparingTo("80.118");
                    assertThat(d.lesionClass()).isEqualTo(LesionClass.RESPONSIVE);
                    assertThat(d.disappeared()).isTrue();
                });
        assertThat(p.radioresistant()).isFalse();
        // fdg.csv: L1 PRE 10.0 positive, POST 2.1 negative
        assertThat(p.fdgPositive()).isTrue();
        assertThat(p.fdgPositivePost()).isFalse();
        // progression 2023-02-11, 220 days, and death 2024-05-26, 690 days after 2022-07-06
        assertThat(p.pfsMonths()).isCloseTo(220 / 30.4375, within(1e-12));
        assertThat(p.pfsEvent()).isTrue();
        assertThat(p.osMonths()).isCloseTo(690 / 30.4375, within(1e-12));
        assertThat(p.osEvent()).isTrue();
        // platelets after 2022-07-06: 278, 220, 298 -> nadir 220 on 2022-08-10, not below the LLN of 150: grade 0
        assertThat(derived.labNadirs())
                .filteredOn(n -> n.patientId().equals("MI-001"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.value()).isEqualByComparingTo("220");
                    assertThat(n.grade()).isZero();
                });
    }

    @Test
    void patientMi003IsWorkedByHand() {
        PatientOutcome p = derived.patient("MI-003").orElseThrow();
        // MI-003-L1 liver target 24.96 Gy/GBq, MI-003-B1 bone non-target 59.4 Gy/GBq; blood 0.129; one therapy,
        // 2021-09-15, 10.95 GBq. Baseline 2021-09-09: 29 mm; day 91: 32 mm (below 1.2 x 29 = 34.8): SD;
        // day 188 (2022-03-22): 32 mm again: SD
        assertThat(derived.visits())
                .filteredOn(v -> v.patientId().equals("MI-003"))
                .extracting(VisitResponse::response)
                .containsExactly(null, OverallResponse.SD, OverallResponse.SD);
        assertThat(p.bestOverallResponse()).isEqualTo(OverallResponse.SD);
        assertThat(p.evaluable()).isTrue();
        // the liver lesion never measures 0 mm
        assertThat(p.softTissueCr()).isFalse();
        // L1: 24.96 x 10.95 = 273.312 Gy >= 80 and did not disappear: RADIORESISTANT;
        // B1: 59.4 x 10.95 = 650.43 Gy (>= 650), not classed
        Map<String, LesionDose> doses = derived.lesionDoses().stream()
                .filter(d -> d.patientId().equals("MI-003"))
                .collect(Collectors.toMap(LesionDose::lesionId, Function.identity()));
        assertThat(doses.get("MI-003-L1").doseGy()).isEqualByComparingTo("273.312");
        assertThat(doses.get("MI-003-L1").lesionClass()).isEqualTo(LesionClass.RADIORESISTANT);
        assertThat(doses.get("MI-003-B1").doseGy()).isEqualByComparingTo("650.43");
        assertThat(doses.get("MI-003-B1").lesionClass()).isNull();
        assertThat(p.radioresistant()).isTrue();
        // MTA = 2 / 0.129 = 15.5038...; 24.96 x 2 = 49.92 >= 80 x 0.129 = 10.32: no exit. Recommended = max(80 /
        // 24.96 = 3.205, 650 / 59.4 = 10.9428) = 10.9428 GBq, the bone lesion's, under the MTA
        assertThat(p.mta()).isEqualByComparingTo("15.50387596899225");
        assertThat(p.recommendedActivity()).isEqualByComparingTo("10.94276094276094");
        assertThat(p.exitToStandardCare()).isFalse();
        // fdg.csv: both lesions negative at PRE and POST
        assertThat(p.fdgPositive()).isFalse();
        assertThat(p.fdgPositivePost()).isFalse();
        // progression 2022-03-28, 194 days, death 2022-04-30, 227 days after 2021-09-15
        assertThat(p.pfsMonths()).isCloseTo(194 / 30.4375, within(1e-12));
        assertThat(p.pfsEvent()).isTrue();
        assertThat(p.osMonths()).isCloseTo(227 / 30.4375, within(1e-12));
        assertThat(p.osEvent()).isTrue();
        // platelets after therapy: 309, 143, 174 -> nadir 143 (2021-10-20), below 150: grade 1
        assertThat(derived.labNadirs())
                .filteredOn(n -> n.patientId().equals("MI-003"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.value()).isEqualByComparingTo("143");
                    assertThat(n.grade()).isEqualTo(1);
                });
    }

    @Test
    void mi012WithoutBloodDosimetryLeavesAtEnrolmentButCountsInTheSensitivityAnalysis() {
        PatientOutcome p = derived.patient("MI-012").orElseThrow();
        assertThat(bundle.bloodDosimetry()).noneMatch(b -> b.patientId().equals("MI-012"));
        assertThat(AnalysisPopulation.leftOut(p)).isEqualTo(AnalysisPopulation.Reason.NO_DOSIMETRY);
        assertThat(p.inDosimetry()).isFalse();
        assertThat(p.treated()).isFalse();
        assertThat(p.exitToStandardCare()).isNull();
        assertThat(p.iodineRefractory()).isNull();
        assertThat(p.mta()).isNull();
        assertThat(p.recommendedActivity()).isNull();
        // doses at 4.35 GBq (27.24 x 4.35 = 118.494, 37.56 x 4.35 = 163.386), but no MTA: NOT_EVALUABLE
        assertThat(derived.lesionDoses())
                .filteredOn(d -> d.patientId().equals("MI-012"))
                .extracting(
                        LesionDose::lesionId,
                        d -> d.doseGy().stripTrailingZeros().toPlainString(),
                        LesionDose::lesionClass)
                .containsExactlyInAnyOrder(
                        tuple("MI-012-L1", "118.494", LesionClass.NOT_EVALUABLE),
                        tuple("MI-012-L2", "163.386", LesionClass.NOT_EVALUABLE),
                        tuple("MI-012-B1", "650.325", null));
        // treated on 2022-03-08 (4.35 GBq), visits on 2022-09-12 (day 188) and 2023-03-16: in the sensitivity
        // analysis; the node L2 stays at 19 / 18 mm, so not a SOFT_TISSUE_CR
        assertThat(p.softTissueCrAllTreated()).isFalse();
        assertThat(p.softTissueCr()).isNull();
    }

    @Test
    void vr003WasNeverTreated() {
        PatientOutcome p = derived.patient("VR-003").orElseThrow();
        assertThat(bundle.firstTherapy("VR-003")).isEmpty();
        // in dosimetry (blood 0.24; 31.42 x 2 = 62.84 >= 80 x 0.24 = 19.2), not exited, no therapy
        assertThat(p.inDosimetry()).isTrue();
        assertThat(p.exitToStandardCare()).isFalse();
        assertThat(AnalysisPopulation.leftOut(p)).isEqualTo(AnalysisPopulation.Reason.NO_THERAPY);
        assertThat(p.treated()).isFalse();
        assertThat(p.evaluable()).isFalse();
        assertThat(p.softTissueCrAllTreated()).isNull();
        assertThat(p.bestOverallResponse()).isNull();
        assertThat(p.pfsMonths()).isNull();
        assertThat(p.osMonths()).isNull();
        assertThat(derived.visits()).noneMatch(v -> v.patientId().equals("VR-003"));
    }

    @Test
    void mi005UnequivocalBoneProgressionIsPdButDoesNotCancelSoftTissueCr() {
        PatientOutcome p = derived.patient("MI-005").orElseThrow();
        // therapy 2022-06-26; baseline 2022-06-09 (L1 27 mm); 2022-09-25: MI-005-B1 UNEQUIVOCAL_PROGRESSION -> PD;
        // then 25 mm (SD) and 0 mm on 2023-06-29 (day 368) with the bone lesions PRESENT (PR)
        assertThat(derived.visits())
                .filteredOn(v -> v.patientId().equals("MI-005"))
                .extracting(VisitResponse::response)
                .containsExactly(null, OverallResponse.PD, OverallResponse.SD, OverallResponse.PR);
        // nothing after the first PD counts
        assertThat(p.bestOverallResponse()).isEqualTo(OverallResponse.PD);
        // bone progression does not cancel SOFT_TISSUE_CR: the only soft-tissue lesion is 0 mm on day 368
        assertThat(p.softTissueCr()).isTrue();
        assertThat(p.radioresistant()).isFalse();
    }

    @Test
    void mi032VisitWithoutARowForATargetIsNe() {
        PatientOutcome p = derived.patient("MI-032").orElseThrow();
        // 2022-03-04 has no row for the target MI-032-L2: no target sum, NE; no new lesion, bone PRESENT
        assertThat(bundle.assessments())
                .filteredOn(a -> a.patientId().equals("MI-032")
                        && a.assessedOn().equals(java.time.LocalDate.parse("2022-03-04")))
                .noneMatch(a -> a.lesionId().equals("MI-032-L2"));
        assertThat(derived.visits())
                .filteredOn(v -> v.patientId().equals("MI-032"))
                .extracting(
                        VisitResponse::response,
                        v -> v.targetSumMm() == null ? null : v.targetSumMm().intValue())
                .containsExactly(
                        tuple(null, 51),
                        tuple(OverallResponse.SD, 51),
                        tuple(OverallResponse.SD, 36),
                        tuple(OverallResponse.NE, null));
        // 36 mm is not 30 % below 51 (35.7): SD is the best
        assertThat(p.bestOverallResponse()).isEqualTo(OverallResponse.SD);
        // the node L1 is 7 mm on 2021-08-29, exactly day 182 after 2021-02-28: disappeared; the liver L2 never
        Map<String, LesionDose> doses = derived.lesionDoses().stream()
                .filter(d -> d.patientId().equals("MI-032"))
                .collect(Collectors.toMap(LesionDose::lesionId, Function.identity()));
        assertThat(doses.get("MI-032-L1").lesionClass()).isEqualTo(LesionClass.RESPONSIVE);
        assertThat(doses.get("MI-032-L2").lesionClass()).isEqualTo(LesionClass.RADIORESISTANT);
        assertThat(p.softTissueCr()).isFalse();
    }

    @Test
    void vr001IsDosedAtItsEarliestTherapyNotItsFirstRow() {
        // therapies.csv lists 2023-06-21 (3.7 GBq) before 2022-10-24 (2.35 GBq): the first therapy is the earlier
        assertThat(bundle.firstTherapy("VR-001"))
                .hasValueSatisfying(t -> assertThat(t.administeredGbq()).isEqualByComparingTo("2.35"));
        // L1 35.18 x 2.35 = 82.673 Gy >= 80, still measured: RADIORESISTANT; L2 30.59 x 2.35 = 71.8865 Gy < 80
        // though 30.59 x 2 = 61.18 >= 80 x 0.351 = 28.08 (reachable at the MTA): UNDERDOSED
        Map<String, LesionDose> doses = derived.lesionDoses().stream()
                .filter(d -> d.patientId().equals("VR-001"))
                .collect(Collectors.toMap(LesionDose::lesionId, Function.identity()));
        assertThat(doses.get("VR-001-L1").doseGy()).isEqualByComparingTo("82.673");
        assertThat(doses.get("VR-001-L1").lesionClass()).isEqualTo(LesionClass.RADIORESISTANT);
        assertThat(doses.get("VR-001-L2").doseGy()).isEqualByComparingTo("71.8865");
        assertThat(doses.get("VR-001-L2").lesionClass()).isEqualTo(LesionClass.UNDERDOSED);
        // recommended = 80 / 30.59 = 2.6152 GBq (under the MTA 2 / 0.351 = 5.698); 2.35 is below 0.95 x 2.6152
        PatientOutcome p = derived.patient("VR-001").orElseThrow();
        assertThat(p.recommendedActivity())
                .isCloseTo(new java.math.BigDecimal("2.615233736515"), within(new java.math.BigDecimal("1e-12")));
        // the baseline is 2022-10-14, the latest visit on or before 2022-10-24
        assertThat(derived.visits())
                .filteredOn(v -> v.patientId().equals("VR-001") && v.baseline())
                .extracting(VisitResponse::assessedOn)
                .containsExactly(java.time.LocalDate.parse("2022-10-14"));
    }
}
