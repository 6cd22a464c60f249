package org.thyrobank.mirna.normalisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden values from src/test/r/reference-stability.R (R 4.2.2). That script is NOT NormqPCR itself: NormqPCR
 * cannot be installed on the build machine, so the script implements the published geNorm formulas
 * (Vandesompele 2002) in base R following NormqPCR's selectHKs(method = "geNorm", log = TRUE) conventions, on a
 * small real-looking data set (reference-candidates.tsv) instead of NormqPCR's data(geNorm).
 * NormqPCR's own code (src/test/r/normqpcr-golden.R, last section) prints the same figures for this data; the check
 * against NormqPCR on its own example data is GeNormNormqPcrTests.
 */
class GeNormTests {

    private static final double TOLERANCE = 1e-12;

    private final ReferenceCandidates data = ReferenceCandidates.load();

    @Test
    void stabilityMOfEveryCandidateMatchesR() {
        Map<String, Double> m = GeNorm.stability(data.matrix());

        assertThat(m.get("hsa-miR-16-5p")).isCloseTo(0.444727467445908, within(TOLERANCE));
        assertThat(m.get("hsa-miR-103a-3p")).isCloseTo(0.474159680208645, within(TOLERANCE));
        assertThat(m.get("hsa-miR-191-5p")).isCloseTo(0.423923279988439, within(TOLERANCE));
        assertThat(m.get("hsa-miR-423-5p")).isCloseTo(0.399342993811000, within(TOLERANCE));
        assertThat(m.get("hsa-miR-93-5p")).isCloseTo(0.455164606203680, within(TOLERANCE));
        assertThat(m.get("hsa-miR-25-3p")).isCloseTo(0.473852088355477, within(TOLERANCE));
        assertThat(m.get("hsa-let-7a-5p")).isCloseTo(0.487999950356883, within(TOLERANCE));
        assertThat(m.get("hsa-miR-484")).isCloseTo(0.488166257737264, within(TOLERANCE));
    }

    @Test
    void stepwiseExclusionRanksAsR() {
        GeNormResult result = GeNorm.select(data.matrix(), 2);

        assertThat(result.ranking())
                .containsExactly(
                        "hsa-miR-16-5p",
                        "hsa-miR-191-5p",
                        "hsa-miR-423-5p",
                        "hsa-miR-93-5p",
                        "hsa-miR-103a-3p",
                        "hsa-let-7a-5p",
                        "hsa-miR-25-3p",
                        "hsa-miR-484");
        assertThat(result.meanM().keySet()).containsExactly(8, 7, 6, 5, 4, 3, 2);
        double[] meanM = {
            0.455917040513412,
            0.445167301438795,
            0.428029324696659,
            0.409763913148993,
            0.398354250309791,
            0.375997952725813,
            0.329488991975958
        };
        for (int genes = 8; genes >= 2; genes--) {
            assertThat(result.meanM().get(genes)).isCloseTo(meanM[8 - genes], within(TOLERANCE));
        }
    }

    @Test
    void pairwiseVariationMatchesR() {
        Map<String, Double> v = GeNorm.select(data.matrix(), 2).pairwiseVariation();

        assertThat(v.keySet()).containsExactly("7/8", "6/7", "5/6", "4/5", "3/4", "2/3");
        assertThat(v.get("7/8")).isCloseTo(0.0490228180224504, within(TOLERANCE));
        assertThat(v.get("6/7")).isCloseTo(0.0579283916091384, within(TOLERANCE));
        assertThat(v.get("5/6")).isCloseTo(0.0647022191788398, within(TOLERANCE));
        assertThat(v.get("4/5")).isCloseTo(0.0715104612830645, within(TOLERANCE));
        assertThat(v.get("3/4")).isCloseTo(0.0906372486933183, within(TOLERANCE));
        assertThat(v.get("2/3")).isCloseTo(0.1212261502889906, within(TOLERANCE));
    }

    @Test
    void threeGenesWithOneConstantRatioWorkedByHand() {
        // a - b is constant (SD 0); a - c and b - c have SD 1, so M(a) = M(b) = 0.5 and M(c) = 1
        CqMatrix matrix = new CqMatrix(List.of("s1", "s2", "s3"), List.of("a", "b", "c"), new double[][] {
            {20, 22, 25}, {21, 23, 25}, {22, 24, 25}
        });

        GeNormResult result = GeNorm.select(matrix, 2);

        assertThat(result.stability())
                .containsEntry("a", 0.5)
                .containsEntry("b", 0.5)
                .containsEntry("c", 1.0);
        assertThat(result.ranking()).containsExactly("a", "b", "c");
    }

    @Test
    void keepingAllButNoneOrEveryCandidateIsRefused() {
        assertThatThrownBy(() -> GeNorm.select(data.matrix(), 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GeNorm.select(data.matrix(), 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
