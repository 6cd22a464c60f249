package org.thyrobank.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
 * by {@code study-example/independent_check.py}, a separate Python reading of the same files; MI-001 and MI-003
 * are worked by hand in the comments.
 */
class ExampleBundleTests {

    static Path clinical;
    static ClinicalBundle bundle;
    static DerivedClinical derived;

    @BeforeAll
    static void readAndDerive() throws URISyntaxException {
        clinical = Path.of(ExampleBundleTests.class.getResource("/org/thyrobank/clinical/study-example/clinical")
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
        assertThat(bundle.iodinePetScans()).hasSize((int) dataLines("iodine_pet.csv")).hasSize(86);
    }

    @Test
    void theOnlyWarningsAreVisitsAfterTheAdjudicatedProgressionAndOneLabValueAfterDeath() {
        // 38 patients have visits after follow_up.csv's progressed_on, and MI-007 a lab value after died_on
        // (counted apart, in Python); no other date disagrees. MI-001 progressed on 2023-02-11 by follow_up.csv
        // and still had a visit on 2023-07-10.
        assertThat(bundle.warnings()).hasSize(39);
        assertThat(bundle.warnings()).filteredOn(w -> w.startsWith("clinical/assessments.csv: ")).hasSize(38)
                .allSatisfy(w -> assertThat(w).startsWith("clinical/assessments.csv: patient ")
                        .contains(", after progressed_on "));
        assertThat(bundle.warnings()).last().isEqualTo("clinical/labs.csv: patient MI-007 has a value drawn on"
                + " 2022-03-31, after died_on 2022-03-26 in clinical/follow_up.csv: the lab nadirs after therapy"
                + " count them as recorded");
        assertThat(bundle.warnings()).first().isEqualTo("clinical/assessments.csv: patient MI-001 has a visit on"
                + " 2023-07-10, after progressed_on 2023-02-11 in clinical/follow_up.csv: response counts"
                + " clinical/assessments.csv until its first PD; PFS uses progressed_on");
    }

    @Test
    void derivesOneOutcomePerPatientAndOneDoseRowPerLesionDosimetryRow() {
        assertThat(derived.patients()).hasSize(bundle.patients().size());
        assertThat(derived.lesionDoses()).hasSize(bundle.lesionDosimetry().size());
        assertThat(derived.labs()).hasSize(bundle.labs().size());
        assertThat(derived.visits()).extracting(VisitResponse::baseline).filteredOn(b -> b).hasSize(60);
    }

    @Test
    void cohortFiguresAgreeWithTheIndependentReading() {
        assertThat(patients(PatientOutcome::evaluable)).isEqualTo(55);
        assertThat(patients(p -> Boolean.TRUE.equals(p.softTissueCr()))).isEqualTo(15);
        Map<OverallResponse, Long> best = derived.patients().stream()
                .collect(Collectors.groupingBy(PatientOutcome::bestOverallResponse, Collectors.counting()));
        assertThat(best).containsExactlyInAnyOrderEntriesOf(
                Map.of(OverallResponse.SD, 32L, OverallResponse.PR, 17L, OverallResponse.CR, 9L,
                        OverallResponse.PD, 2L));
        assertThat(patients(p -> Boolean.TRUE.equals(p.iodineRefractory()))).isEqualTo(17);
        assertThat(patients(p -> Boolean.TRUE.equals(p.radioresistant()))).isEqualTo(33);
        assertThat(patients(p -> Boolean.TRUE.equals(p.exitToStandardCare()))).isEqualTo(17);
        assertThat(patients(p -> p.recommendedActivity().compareTo(p.mta()) == 0)).isEqualTo(25);
        assertThat(patients(p -> Boolean.TRUE.equals(p.fdgPositive()))).isEqualTo(36);
        assertThat(derived.lesionDoses().stream().filter(d -> d.lesionClass() != null)
                .collect(Collectors.groupingBy(LesionDose::lesionClass, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(LesionClass.RADIORESISTANT, 47L,
                        LesionClass.RESPONSIVE, 39L, LesionClass.LOW_UPTAKE, 19L));
        assertThat(patients(PatientOutcome::pfsEvent)).isEqualTo(55);
        assertThat(patients(PatientOutcome::osEvent)).isEqualTo(33);
    }

    @Test
    void undefinedOutcomesAreNullExactlyForPatientsWhoAreNotEvaluable() {
        assertThat(derived.patients()).filteredOn(p -> !p.evaluable())
                .allSatisfy(p -> assertThat(p.softTissueCr()).isNull())
                .allSatisfy(p -> assertThat(p.radioresistant()).isNull());
        assertThat(derived.patients()).allSatisfy(p -> assertThat(p.iodineRefractory()).isNotNull());
    }

    @Test
    void patientMi001IsWorkedByHand() {
        PatientOutcome p = derived.patient("MI-001").orElseThrow();
        // 57.6 Gy/GBq x 1.39 GBq = 80.064 Gy >= 80; the lung lesion measures 0 mm on day 190 (2023-01-12)
        assertThat(p.lowestSoftTissueDoseGy()).isEqualByComparingTo("80.064");
        assertThat(p.iodineRefractory()).isFalse();
        assertThat(p.radioresistant()).isFalse();
        // 19 mm at baseline (2022-07-02), 16 (SD), 0 (CR)
        assertThat(p.bestOverallResponse()).isEqualTo(OverallResponse.CR);
        assertThat(p.softTissueCr()).isTrue();
        // MTA = 2 / 0.148; recommended = 80 / 57.6, under the MTA
        assertThat(p.mta()).isEqualByComparingTo("13.51351351351351");
        assertThat(p.recommendedActivity()).isEqualByComparingTo("1.388888888888889");
        assertThat(p.exitToStandardCare()).isFalse();
        assertThat(p.fdgPositive()).isTrue();
        // progression 220 days and death 690 days after 2022-07-06
        assertThat(p.pfsMonths()).isCloseTo(220 / 30.4375, within(1e-12));
        assertThat(p.pfsEvent()).isTrue();
        assertThat(p.osMonths()).isCloseTo(690 / 30.4375, within(1e-12));
        assertThat(p.osEvent()).isTrue();
    }

    @Test
    void patientMi003IsWorkedByHand() {
        PatientOutcome p = derived.patient("MI-003").orElseThrow();
        // node 18 mm at baseline, 16 (SD), 9 on day 186 with the bone lesion PRESENT (PR), 9 (PR)
        assertThat(derived.visits()).filteredOn(v -> v.patientId().equals("MI-003"))
                .extracting(VisitResponse::response).containsExactly(null, OverallResponse.SD, OverallResponse.PR,
                        OverallResponse.PR);
        assertThat(p.bestOverallResponse()).isEqualTo(OverallResponse.PR);
        // the node is below 10 mm on day 186 and bone does not count
        assertThat(p.softTissueCr()).isTrue();
        // node 23.94 x 5.02 = 120.1788 Gy, RESPONSIVE; bone 129.65 x 5.02 = 650.843 Gy, not classed
        Map<String, LesionDose> doses = derived.lesionDoses().stream().filter(d -> d.patientId().equals("MI-003"))
                .collect(Collectors.toMap(LesionDose::lesionId, Function.identity()));
        assertThat(doses.get("MI-003-L1").doseGy()).isEqualByComparingTo("120.1788");
        assertThat(doses.get("MI-003-L1").lesionClass()).isEqualTo(LesionClass.RESPONSIVE);
        assertThat(doses.get("MI-003-B1").doseGy()).isEqualByComparingTo("650.843");
        assertThat(doses.get("MI-003-B1").lesionClass()).isNull();
        // the bone lesion needs 650 / 129.65 GBq, below the MTA of 2 / 0.295
        assertThat(p.recommendedActivity()).isEqualByComparingTo("5.013497878904744");
        assertThat(p.mta()).isEqualByComparingTo("6.779661016949153");
        assertThat(p.fdgPositive()).isFalse();
        // censored at the last contact, 627 days after 2022-05-03
        assertThat(p.pfsMonths()).isCloseTo(627 / 30.4375, within(1e-12));
        assertThat(p.pfsEvent()).isFalse();
        assertThat(p.osEvent()).isFalse();
        // platelets after therapy: 139, 247, 133 -> nadir 133, grade 1
        assertThat(derived.labNadirs()).filteredOn(n -> n.patientId().equals("MI-003")).singleElement()
                .satisfies(n -> {
                    assertThat(n.value()).isEqualByComparingTo("133");
                    assertThat(n.grade()).isEqualTo(1);
                });
    }

    @Test
    void adverseEventsAreSummarisedPerTerm() throws IOException {
        assertThat(derived.adverseEvents()).extracting(AdverseEventSummary::term)
                .containsExactly("Dry mouth", "Salivary duct inflammation");
        assertThat(derived.adverseEvents().stream().mapToInt(AdverseEventSummary::events).sum())
                .isEqualTo((int) dataLines("adverse_events.csv"));
    }
}
