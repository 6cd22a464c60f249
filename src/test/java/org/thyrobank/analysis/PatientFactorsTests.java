package org.thyrobank.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thyrobank.clinical.PatientOutcome;

class PatientFactorsTests {

    private static Boolean factor(Factor factor, String braf, String c228t, String c250t) {
        var statuses = Map.of("P1", Map.of("BRAF_V600E", braf, "TERT_C228T", c228t, "TERT_C250T", c250t));
        return new PatientFactors(statuses).of(factor, TinyCohorts.patient("P1", true, false));
    }

    @ParameterizedTest(name = "C228T {0}, C250T {1} -> TERT_PROMOTER {2}")
    @CsvSource(
            nullValues = "null",
            value = {
                "MUTANT, WILD_TYPE, true",
                "WILD_TYPE, MUTANT, true",
                "MUTANT, NO_CALL, true",
                "NO_CALL, MUTANT, true",
                "WILD_TYPE, WILD_TYPE, false",
                "WILD_TYPE, NO_CALL, null",
                "NO_CALL, NO_CALL, null"
            })
    void tertPromoterIsMutantWhenEitherHotspotIsAndWildTypeOnlyWhenBothAre(
            String c228t, String c250t, Boolean expected) {
        assertThat(factor(Factor.TERT_PROMOTER, "WILD_TYPE", c228t, c250t)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "BRAF {0}, C228T {1}, C250T {2} -> BRAF_V600E+TERT {3}")
    @CsvSource(
            nullValues = "null",
            value = {
                "MUTANT, MUTANT, WILD_TYPE, true",
                "MUTANT, WILD_TYPE, WILD_TYPE, false",
                "WILD_TYPE, NO_CALL, NO_CALL, false",
                "MUTANT, NO_CALL, WILD_TYPE, null",
                "NO_CALL, MUTANT, NO_CALL, null",
                "NO_CALL, WILD_TYPE, WILD_TYPE, false"
            })
    void combinationIsTrueWhenBothMutantFalseWhenEitherWildType(
            String braf, String c228t, String c250t, Boolean expected) {
        assertThat(factor(Factor.BRAF_V600E_AND_TERT, braf, c228t, c250t)).isEqualTo(expected);
    }

    @Test
    void brafV600eIsItsHotspotStatus() {
        assertThat(factor(Factor.BRAF_V600E, "MUTANT", "NO_CALL", "NO_CALL")).isTrue();
        assertThat(factor(Factor.BRAF_V600E, "WILD_TYPE", "MUTANT", "MUTANT")).isFalse();
        assertThat(factor(Factor.BRAF_V600E, "NO_CALL", "MUTANT", "MUTANT")).isNull();
    }

    @Test
    void aPatientWhoWasNotSequencedIsNoCallForEveryGenomicFactor() {
        var factors = new PatientFactors(Map.of());
        PatientOutcome patient = TinyCohorts.patient("P9", true, true);
        assertThat(factors.of(Factor.BRAF_V600E, patient)).isNull();
        assertThat(factors.of(Factor.TERT_PROMOTER, patient)).isNull();
        assertThat(factors.of(Factor.BRAF_V600E_AND_TERT, patient)).isNull();
    }

    @Test
    void aHotspotMissingFromThePatientsStatusesIsNoCall() {
        var factors = new PatientFactors(Map.of("P1", Map.of("TERT_C228T", "WILD_TYPE")));
        assertThat(factors.of(Factor.TERT_PROMOTER, TinyCohorts.patient("P1", true, false)))
                .isNull();
    }

    @Test
    void fdgPositiveIsThePatientsFdgAvidityAndUndefinedWithoutFdg() {
        var factors = new PatientFactors(Map.of());
        assertThat(factors.of(Factor.FDG_POSITIVE, TinyCohorts.patient("P1", true, false)))
                .isTrue();
        assertThat(factors.of(Factor.FDG_POSITIVE, TinyCohorts.withoutFdg("P2")))
                .isNull();
    }

    @Test
    void anUnknownStatusIsRefusedWithTheHotspotNamed() {
        assertThatThrownBy(() -> factor(Factor.BRAF_V600E, "MUTATED", "WILD_TYPE", "WILD_TYPE"))
                .hasMessageContaining("BRAF_V600E")
                .hasMessageContaining("MUTATED");
    }

    @Test
    void aHotspotFactorWithheldByConsentOrLeftPreliminaryNamesWhyAndFdgNever() {
        var factors = new PatientFactors(Map.of(), Set.of("P1", "P3"), Set.of("P2", "P3"));
        PatientOutcome consentWithdrawn = TinyCohorts.patient("P1", true, true);
        PatientOutcome preliminary = TinyCohorts.patient("P2", true, true);
        PatientOutcome both = TinyCohorts.patient("P3", true, true);
        PatientOutcome notSequenced = TinyCohorts.patient("P4", true, true);
        assertThat(factors.withheldReason(Factor.BRAF_V600E, consentWithdrawn)).isEqualTo("consent_withdrawn");
        assertThat(factors.withheldReason(Factor.TERT_PROMOTER, preliminary)).isEqualTo("preliminary_call");
        assertThat(factors.withheldReason(Factor.BRAF_V600E_AND_TERT, both))
                .as("consent comes first")
                .isEqualTo("consent_withdrawn");
        assertThat(factors.withheldReason(Factor.BRAF_V600E, notSequenced)).isNull();
        assertThat(factors.withheldReason(Factor.FDG_POSITIVE, preliminary)).isNull();
    }

    @Test
    void anAssociationAndAQueryLeaveOutPatientsWithPreliminaryCallsOnlyUnderTheirOwnReason() {
        var factors = new PatientFactors(
                Map.of("P1", Map.of("BRAF_V600E", "MUTANT"), "P2", Map.of("BRAF_V600E", "WILD_TYPE")),
                Set.of(),
                Set.of("P3"));
        var patients = java.util.List.of(
                TinyCohorts.patient("P1", true, true),
                TinyCohorts.patient("P2", true, false),
                TinyCohorts.patient("P3", true, true),
                TinyCohorts.patient("P4", true, false));
        Report.Association association = Associations.of(Factor.BRAF_V600E, Outcome.SOFT_TISSUE_CR, patients, factors);
        assertThat(association.n()).isEqualTo(2);
        assertThat(association.leftOut()).containsEntry("preliminary_call", 1).containsEntry("no_call", 1);
        AssociationQuery.Answer answer = AssociationQuery.parse(
                        "BRAF_V600E|NRAS_Q61R", "SOFT_TISSUE_CR", null, null, java.util.List.of("NRAS_Q61R"))
                .answer(patients, factors);
        assertThat(answer.leftOut()).containsEntry("preliminary_call", 1);
        assertThat(AssociationQuery.parse("FDG_POSITIVE", "SOFT_TISSUE_CR", null, null, java.util.List.of("NRAS_Q61R"))
                        .answer(patients, factors)
                        .leftOut())
                .doesNotContainKey("preliminary_call");
    }
}
