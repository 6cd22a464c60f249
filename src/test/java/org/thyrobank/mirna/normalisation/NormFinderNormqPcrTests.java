package org.thyrobank.mirna.normalisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * NormFinder against R/Bioconductor NormqPCR itself on NormqPCR's own example data, as its vignette runs it: the
 * Andersen 2004 colon data set (data(Colon), normqpcr-colon.tsv; 13 genes, 40 samples in the 4 groups of
 * pData(Colon)$Classification: Dukes A, B, C and Normal), with stabMeasureRho(Colon, group = Class, log = FALSE)
 * and selectHKs(Colon, group = Class, method = "NormFinder", minNrHKs = 12, log = FALSE).
 * Golden values printed by src/test/r/normqpcr-golden.R, which runs NormqPCR 1.53.0's own stabMeasureRho and
 * selectHKs (sourced from a checkout of the package) under R 4.2.2; see NormqPcrExample for the scale and for
 * where the data come from (the tests skip without them).
 */
class NormFinderNormqPcrTests {

    private static final double TOLERANCE = 1e-12;

    private static final List<String> GENES = List.of(
            "UBC",
            "UBB",
            "SUI1",
            "NACA",
            "FLJ20030",
            "CFL1",
            "ACTB",
            "CLTC",
            "RPS13",
            "RPS23",
            "GAPD",
            "TPT1",
            "TUBA6");

    private final NormqPcrExample colon = NormqPcrExample.colon();

    @Test
    void stabilityRhoOfEveryGeneMatchesStabMeasureRho() {
        double[] golden = {
            0.182170676289945,
            0.247157338306672,
            0.313940381039329,
            0.286239740641829,
            0.393517292423651,
            0.287046735560707,
            0.323591809106956,
            0.369287993765119,
            0.281303850218294,
            0.378490892103508,
            0.214606050927754,
            0.220295626486569,
            0.270064060912233
        };

        Map<String, Double> rho =
                NormFinder.select(colon.matrix(), colon.groups(), 2).stability();

        assertThat(rho.keySet()).containsExactlyElementsOf(GENES);
        for (int j = 0; j < GENES.size(); j++) {
            assertThat(rho.get(GENES.get(j))).as(GENES.get(j)).isCloseTo(golden[j], within(TOLERANCE));
        }
    }

    @Test
    void bestCombinationOfUpToTwelveGenesMatchesSelectHKs() {
        double[] golden = {
            0.182170676289945,
            0.137529833271699,
            0.11084740283153,
            0.0965654562715232,
            0.0908597330253632,
            0.0921547837258729,
            0.0828150429092564,
            0.0833604607140713,
            0.072229681004963,
            0.0816200598847999,
            0.0697889660320084,
            0.119900902478147
        };

        NormFinderResult result = NormFinder.select(colon.matrix(), colon.groups(), 12);

        assertThat(result.ranking())
                .containsExactly(
                        "UBC",
                        "GAPD",
                        "TPT1",
                        "UBB",
                        "RPS13",
                        "ACTB",
                        "SUI1",
                        "NACA",
                        "CFL1",
                        "FLJ20030",
                        "TUBA6",
                        "CLTC");
        for (int i = 0; i < golden.length; i++) {
            assertThat(result.rho().get(i)).as("rho of the best %d", i + 1).isCloseTo(golden[i], within(TOLERANCE));
        }
    }
}
