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

    static final Lesion LUNG = new Lesion("P", "L1", Lesion.Site.SOFT_TISSUE, Lesion.Organ.LUNG,
            Lesion.RecistRole.TARGET);
    static final Lesion NODE = new Lesion("P", "N1", Lesion.Site.SOFT_TISSUE, Lesion.Organ.LYMPH_NODE,
            Lesion.RecistRole.TARGET);
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
        assertThat(DosimetryThresholds.fromReference()).isEqualTo(
                new DosimetryThresholds(new BigDecimal("80"), new BigDecimal("650"), new BigDecimal("2")));
    }

    @Test
    void theDoseIsGyPerGbqTimesTheFirstActivityAnd79_99GyIsBelow80() {
        PatientDosimetry result = calculator.evaluate(therapy("10"), blood("0.1"), List.of(LUNG, NODE),
                List.of(dose(LUNG, "8"), dose(NODE, "7.999")), true, Set.of("L1", "N1"));

        assertThat(result.lesionDoses()).extracting(LesionDose::doseGy)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("80"), new BigDecimal("79.99"));
        assertThat(result.lesionDoses()).extracting(LesionDose::lesionClass)
                .containsExactly(LesionClass.RESPONSIVE, LesionClass.LOW_UPTAKE);
        assertThat(result.iodineRefractory()).isTrue();
        assertThat(result.lowestSoftTissueDoseGy()).isEqualByComparingTo("79.99");
    }

    @Test
    void theRecommendedActivityIsCappedAtTheMta() {
        // MTA = 2 / 0.25 = 8 GBq; the lung lesion needs 80 / 5 = 16 GBq, reaching only 40 Gy at the MTA
        PatientDosimetry result = calculator.evaluate(therapy("7"), blood("0.25"), List.of(LUNG),
                List.of(dose(LUNG, "5")), true, Set.of());

        assertThat(result.mta()).isEqualByComparingTo("8");
        assertThat(result.recommendedActivity()).isEqualByComparingTo("8");
        assertThat(result.exitToStandardCare()).isTrue();
    }

    @Test
    void aLesionReaching80GyExactlyAtTheMtaDoesNotExit() {
        // MTA = 8 GBq; 10 Gy/GBq x 8 GBq = 80 Gy
        PatientDosimetry result = calculator.evaluate(therapy("7"), blood("0.25"), List.of(LUNG),
                List.of(dose(LUNG, "10")), true, Set.of());

        assertThat(result.recommendedActivity()).isEqualByComparingTo("8");
        assertThat(result.exitToStandardCare()).isFalse();
    }

    @Test
    void theRecommendedActivityBringsEveryLesionIncludingBoneToItsThreshold() {
        // MTA = 20 GBq; lung needs 80 / 20 = 4 GBq, bone 650 / 50 = 13 GBq
        PatientDosimetry result = calculator.evaluate(therapy("13"), blood("0.1"), List.of(LUNG, BONE),
                List.of(dose(LUNG, "20"), dose(BONE, "50")), true, Set.of());

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
        PatientDosimetry result = calculator.evaluate(therapy("5"), blood("0.1"), List.of(LUNG, NODE),
                List.of(dose(LUNG, "20"), dose(NODE, "30")), true, Set.of("L1"));

        assertThat(result.lesionDoses()).extracting(LesionDose::lesionClass)
                .containsExactly(LesionClass.RESPONSIVE, LesionClass.RADIORESISTANT);
        assertThat(result.radioresistant()).isTrue();
        assertThat(result.iodineRefractory()).isFalse();
    }

    @Test
    void radioresistanceIsUndefinedForAPatientWhoIsNotEvaluable() {
        PatientDosimetry result = calculator.evaluate(therapy("5"), blood("0.1"), List.of(LUNG, NODE),
                List.of(dose(LUNG, "20"), dose(NODE, "1")), false, Set.of());

        assertThat(result.lesionDoses()).extracting(LesionDose::lesionClass)
                .containsExactly(null, LesionClass.LOW_UPTAKE);
        assertThat(result.radioresistant()).isNull();
        assertThat(result.iodineRefractory()).isTrue();
    }

    @Test
    void withoutBloodDosimetryThereIsNoMtaNorRecommendation() {
        PatientDosimetry result = calculator.evaluate(therapy("5"), null, List.of(LUNG), List.of(dose(LUNG, "20")),
                true, Set.of());

        assertThat(result.mta()).isNull();
        assertThat(result.recommendedActivity()).isNull();
        assertThat(result.exitToStandardCare()).isNull();
        assertThat(result.lesionDoses()).hasSize(1);
    }

    @Test
    void withoutLesionDosimetryTheOutcomesAreUndefined() {
        PatientDosimetry result = calculator.evaluate(therapy("5"), blood("0.1"), List.of(LUNG), List.of(), true,
                Set.of());

        assertThat(result.iodineRefractory()).isNull();
        assertThat(result.radioresistant()).isNull();
        assertThat(result.lowestSoftTissueDoseGy()).isNull();
        assertThat(result.mta()).isEqualByComparingTo("20");
    }
}
