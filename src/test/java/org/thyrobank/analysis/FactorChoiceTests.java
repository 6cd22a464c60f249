package org.thyrobank.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactorChoiceTests {

    private static final List<String> HOTSPOTS =
            List.of("BRAF_V600E", "NRAS_Q61R", "HRAS_Q61R", "TERT_C228T", "TERT_C250T");

    private static Boolean level(String factor, String braf, String nras, String hras) {
        var statuses = Map.of(
                "P1",
                Map.of(
                        "BRAF_V600E",
                        braf,
                        "NRAS_Q61R",
                        nras,
                        "HRAS_Q61R",
                        hras,
                        "TERT_C228T",
                        "WILD_TYPE",
                        "TERT_C250T",
                        "WILD_TYPE"));
        return FactorChoice.of(factor, new PatientFactors(statuses))
                .level()
                .apply(TinyCohorts.patient("P1", true, false));
    }

    @ParameterizedTest(name = "{1} {2} {3} -> {0}")
    @CsvSource(
            nullValues = "null",
            value = {
                "true, MUTANT, MUTANT, MUTANT",
                "false, MUTANT, MUTANT, WILD_TYPE",
                "false, WILD_TYPE, NO_CALL, NO_CALL",
                "null, MUTANT, NO_CALL, MUTANT",
                "null, NO_CALL, NO_CALL, NO_CALL"
            })
    void allOfIsTrueWhenEveryPartIsPresentFalseWhenAnyIsAbsent(
            Boolean expected, String braf, String nras, String hras) {
        assertThat(level("BRAF_V600E+NRAS_Q61R+HRAS_Q61R", braf, nras, hras)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} {2} {3} -> {0}")
    @CsvSource(
            nullValues = "null",
            value = {
                "true, WILD_TYPE, NO_CALL, MUTANT",
                "false, WILD_TYPE, WILD_TYPE, WILD_TYPE",
                "null, WILD_TYPE, NO_CALL, WILD_TYPE",
                "true, MUTANT, MUTANT, MUTANT"
            })
    void anyOfIsTrueWhenAnyPartIsPresentFalseWhenEveryPartIsAbsent(
            Boolean expected, String braf, String nras, String hras) {
        assertThat(level("NRAS_Q61R|HRAS_Q61R|BRAF_V600E", braf, nras, hras)).isEqualTo(expected);
    }

    @Test
    void theNamedCombinationAndItsSpelledOutFormAgreeAndAReportFactorMayBeAPart() {
        for (String braf : List.of("MUTANT", "WILD_TYPE", "NO_CALL")) {
            var statuses = Map.of("P1", Map.of("BRAF_V600E", braf, "TERT_C228T", "MUTANT", "TERT_C250T", "NO_CALL"));
            var factors = new PatientFactors(statuses);
            var patient = TinyCohorts.patient("P1", true, false);
            assertThat(FactorChoice.of("BRAF_V600E+TERT_PROMOTER", factors)
                            .level()
                            .apply(patient))
                    .isEqualTo(factors.of(Factor.BRAF_V600E_AND_TERT, patient));
        }
        assertThat(FactorChoice.of("BRAF_V600E+FDG_POSITIVE", new PatientFactors(Map.of()))
                        .levels())
                .containsExactly("true", "false");
    }

    @Test
    void aCombinationIsCheckedPartByPartAndAnUnencodedPlusIsTakenAsPlus() {
        assertThat(AssociationQuery.checkFactor("BRAF_V600E TERT_PROMOTER", HOTSPOTS))
                .isEqualTo("BRAF_V600E+TERT_PROMOTER");
        assertThat(AssociationQuery.checkFactor("BRAF_V600E+TERT", HOTSPOTS)).isEqualTo("BRAF_V600E+TERT");
        assertThat(AssociationQuery.checkFactor("NRAS_Q61R|HRAS_Q61R", HOTSPOTS))
                .isEqualTo("NRAS_Q61R|HRAS_Q61R");
        assertRefused("BRAF_V600E+TERT_PROMOTER|FDG_POSITIVE", "mixes + and |");
        assertRefused("BRAF_V600E+BRAF_V600E", "names a part twice");
        assertRefused("BRAF_V600E+KRAS_G12D", "'KRAS_G12D' in 'BRAF_V600E+KRAS_G12D' is not one of");
        assertRefused("BRAF_V600E+", "'' in 'BRAF_V600E+' is not one of");
        assertRefused("KRAS", "'KRAS' is not one of");
    }

    private static void assertRefused(String factor, String message) {
        assertThatThrownBy(() -> AssociationQuery.checkFactor(factor, HOTSPOTS))
                .isInstanceOf(QueryParameterException.class)
                .hasMessageContaining(message);
    }
}
