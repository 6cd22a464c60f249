package org.thyrobank.clinical.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thyrobank.clinical.BloodDosimetry;
import org.thyrobank.clinical.Lesion;
import org.thyrobank.clinical.LesionClass;
import org.thyrobank.clinical.LesionDose;
import org.thyrobank.clinical.LesionDosimetry;
import org.thyrobank.clinical.Therapy;

class DosimetryCalculatorTests {

    static final Lesion LUNG =
            new Lesion("P", "L1", Lesion.Site.SOFT_TISSUE, Lesion.Organ.LUNG, Lesion.RecistRole.TARGET);
    static final Lesion NODE =
            new Lesion("P", "N1", Lesion.Site.SOFT_TISSUE, Lesion.Organ.LYMPH_NODE, Lesion.RecistRole.TARGET);
    static final Lesion BONE = new Lesion("P", "B1", Lesion.Site.BONE, Lesion.Organ.BONE, Lesion.RecistRole.NON_TARGET);

    private final DosimetryCalculator calculator = DosimetryCalculator.fromReference();

    static Therapy therapy(String gbq) {
        return new Therapy("P", LocalDate.of(2022, 1, 10), new BigDecimal(gbq));
    }

    static BloodDosimetry blood(String gyPerGbq) {
        return new BloodDosimetry("P", new BigDecimal(gyPerGbq), null);
    }

    static LesionDosimetry dose(Lesion lesion, String gyPerGbq) {
        return new LesionDosimetry("P", lesion.lesionId(), new BigDecimal(gyPerGbq), null, null);
    }

    @Test
    void thresholdsComeFromTheReferenceFile() {
        assertThat(DosimetryThresholds.fromReference())
                .isEqualTo(new DosimetryThresholds(new BigDecimal("80"), new BigDecimal("650"), new BigDecimal("2")));
    }

    @Test
    void theDoseIsGyPerGbqTimesTheFirstActivityAnd79_99GyIsBelow80() {
        // MTA = 2 / 0.1 = 20 GBq: the node would reach 159.98 Gy there, so 79.99 Gy at 10 GBq is underdosed
        PatientDosimetry result = calculator.evaluate(
                therapy("10"),
                blood("0.1"),
                List.of(LUNG, NODE),
                List.of(dose(LUNG, "8"), dose(NODE, "7.999")),
                true,
                Set.of("L1", "N1"));

        assertThat(result.lesionDoses())
                .extracting(LesionDose::doseGy)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("80"), new BigDecimal("79.99"));
        assertThat(result.lesionDoses())
                .extracting(LesionDose::lesionClass)
                .containsExactly(LesionClass.RESPONSIVE, LesionClass.UNDERDOSED);
        assertThat(result.lesionDoses()).extracting(LesionDose::disappeared).containsExactly(true, true);
        assertThat(result.iodineRefractory()).isFalse();
        assertThat(result.lowestSoftTissueDoseGy()).isEqualByComparingTo("79.99");
    }

    @Test
    void aLesionBelow80GyEvenAtTheUnroundedMtaIsLowUptakeAndTheExitIsIodineRefractory() {
        // MTA = 2 / 0.25 = 8 GBq: 9.999 Gy/GBq reach 79.992 Gy there, 10 Gy/GBq exactly 80 Gy
        PatientDosimetry result = calculator.evaluate(
                therapy("9"),
                blood("0.25"),
                List.of(LUNG, NODE),
                List.of(dose(LUNG, "9.999"), dose(NODE, "10")),
                false,
                Set.of());

        assertThat(result.lesionDoses())
                .extracting(LesionDose::lesionClass)
                .containsExactly(LesionClass.LOW_UPTAKE, LesionClass.NOT_EVALUABLE);
        assertThat(result.lesionDoses()).extracting(LesionDose::disappeared).containsOnlyNulls();
        assertThat(result.exitToStandardCare()).isTrue();
        assertThat(result.iodineRefractory()).isTrue();
        assertThat(calculator.exitToStandardCare(blood("0.25"), List.of(LUNG), List.of(dose(LUNG, "10"))))
                .isFalse();
    }

    @Test
    void theExitIsJudgedOnSoftTissueLesionsWithDosimetryAndUndefinedOutsideTheDosimetryPopulation() {
        // a bone lesion far below 650 Gy at the MTA does not exit the patient
        assertThat(calculator.exitToStandardCare(
                        blood("0.1"), List.of(LUNG, BONE), List.of(dose(LUNG, "20"), dose(BONE, "1"))))
                .isFalse();
        assertThat(calculator.exitToStandardCare(null, List.of(LUNG), List.of(dose(LUNG, "1"))))
                .isNull();
        assertThat(calculator.exitToStandardCare(blood("0.1"), List.of(BONE), List.of(dose(BONE, "1"))))
                .isNull();
    }

    @Test
    void theRecommendedActivityIsCappedAtTheMta() {
        // MTA = 2 / 0.25 = 8 GBq; the lung lesion needs 80 / 5 = 16 GBq, reaching only 40 Gy at the MTA
        PatientDosimetry result = calculator.evaluate(
                therapy("7"), blood("0.25"), List.of(LUNG), List.of(dose(LUNG, "5")), true, Set.of());

        assertThat(result.mta()).isEqualByComparingTo("8");
        assertThat(result.recommendedActivity()).isEqualByComparingTo("8");
        assertThat(result.exitToStandardCare()).isTrue();
    }

    @Test
    void aLesionReaching80GyExactlyAtTheMtaDoesNotExit() {
        // MTA = 8 GBq; 10 Gy/GBq x 8 GBq = 80 Gy
        PatientDosimetry result = calculator.evaluate(
                therapy("7"), blood("0.25"), List.of(LUNG), List.of(dose(LUNG, "10")), true, Set.of());

        assertThat(result.recommendedActivity()).isEqualByComparingTo("8");
        assertThat(result.exitToStandardCare()).isFalse();
    }

    @Test
    void theRecommendedActivityBringsEveryLesionIncludingBoneToItsThreshold() {
        // MTA = 20 GBq; lung needs 80 / 20 = 4 GBq, bone 650 / 50 = 13 GBq
        PatientDosimetry result = calculator.evaluate(
                therapy("13"),
                blood("0.1"),
                List.of(LUNG, BONE),
                List.of(dose(LUNG, "20"), dose(BONE, "50")),
                true,
                Set.of());

        assertThat(result.mta()).isEqualByComparingTo("20");
        assertThat(result.recommendedActivity()).isEqualByComparingTo("13");
        assertThat(result.exitToStandardCare()).isFalse();
        LesionDose bone = result.lesionDoses().get(1);
        assertThat(bone.thresholdGy()).isEqualByComparingTo("650");
        assertThat(bone.doseGy()).isEqualByComparingTo("650");
        assertThat(bone.lesionClass()).isNull();
        assertThat(result.lowestSoftTissueDoseGy()).isEqualByComparingTo("260");
    }

    @Test
    void aLesionAtThresholdThatDidNotDisappearIsRadioresistant() {
        PatientDosimetry result = calculator.evaluate(
                therapy("5"),
                blood("0.1"),
                List.of(LUNG, NODE),
                List.of(dose(LUNG, "20"), dose(NODE, "30")),
                true,
                Set.of("L1"));

        assertThat(result.lesionDoses())
                .extracting(LesionDose::lesionClass)
                .containsExactly(LesionClass.RESPONSIVE, LesionClass.RADIORESISTANT);
        assertThat(result.radioresistant()).isTrue();
        assertThat(result.iodineRefractory()).isFalse();
    }

    @Test
    void radioresistanceIsUndefinedForAPatientWhoIsNotEvaluable() {
        PatientDosimetry result = calculator.evaluate(
                therapy("5"),
                blood("0.1"),
                List.of(LUNG, NODE),
                List.of(dose(LUNG, "20"), dose(NODE, "1")),
                false,
                Set.of());

        assertThat(result.lesionDoses())
                .extracting(LesionDose::lesionClass)
                .containsExactly(LesionClass.NOT_EVALUABLE, LesionClass.LOW_UPTAKE);
        assertThat(result.radioresistant()).isNull();
        assertThat(result.iodineRefractory()).isTrue();
    }

    @Test
    void withoutBloodDosimetryThereIsNoMtaNorRecommendation() {
        // without blood dosimetry the patient is outside the dosimetry population, so never evaluable
        PatientDosimetry result =
                calculator.evaluate(therapy("5"), null, List.of(LUNG), List.of(dose(LUNG, "20")), false, Set.of());

        assertThat(result.mta()).isNull();
        assertThat(result.recommendedActivity()).isNull();
        assertThat(result.exitToStandardCare()).isNull();
        assertThat(result.lesionDoses()).extracting(LesionDose::lesionClass).containsExactly(LesionClass.NOT_EVALUABLE);
    }

    @Test
    void withoutLesionDosimetryTheOutcomesAreUndefined() {
        PatientDosimetry result =
                calculator.evaluate(therapy("5"), blood("0.1"), List.of(LUNG), List.of(), true, Set.of());

        assertThat(result.iodineRefractory()).isNull();
        assertThat(result.radioresistant()).isNull();
        assertThat(result.lowestSoftTissueDoseGy()).isNull();
        assertThat(result.mta()).isEqualByComparingTo("20");
    }
}
