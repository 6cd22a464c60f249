package org.thyrobank.mirna.normalisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden values from src/test/r/reference-stability.R (R 4.2.2). That script is NOT NormqPCR itself: NormqPCR
 * cannot be installed on the build machine, so the script implements NormFinder (Andersen 2004) in base R
 * following NormqPCR's stabMeasureRho(log = TRUE) and selectHKs(method = "NormFinder") conventions, on a small
 * real-looking data set (reference-candidates.tsv, groups PRE/POST) instead of NormqPCR's example data.
 * NormqPCR's own code (src/test/r/normqpcr-golden.R, last section) prints the same figures for this data; the check
 * against NormqPCR on its own example data is NormFinderNormqPcrTests.
 */
class NormFinderTests {

    private static final double TOLERANCE = 1e-12;

    private final ReferenceCandidates data = ReferenceCandidates.load();

    @Test
    void stabilityRhoOfEveryCandidateMatchesR() {
        Map<String, Double> rho =
                NormFinder.select(data.matrix(), data.groups(), 4).stability();

        assertThat(rho.get("hsa-miR-16-5p")).isCloseTo(0.1189603278412132, within(TOLERANCE));
        assertThat(rho.get("hsa-miR-103a-3p")).isCloseTo(0.1381292298100703, within(TOLERANCE));
        assertThat(rho.get("hsa-miR-191-5p")).isCloseTo(0.1074220826529992, within(TOLERANCE));
        assertThat(rho.get("hsa-miR-423-5p")).isCloseTo(0.0913590798016506, within(TOLERANCE));
        assertThat(rho.get("hsa-miR-93-5p")).isCloseTo(0.1278723348449918, within(TOLERANCE));
        assertThat(rho.get("hsa-miR-25-3p")).isCloseTo(0.1367399586878295, within(TOLERANCE));
        assertThat(rho.get("hsa-let-7a-5p")).isCloseTo(0.1437734542312569, within(TOLERANCE));
        assertThat(rho.get("hsa-miR-484")).isCloseTo(0.1484790530073768, within(TOLERANCE));
    }

    @Test
    void bestCombinationGrowsAsInR() {
        NormFinderResult result = NormFinder.select(data.matrix(), data.groups(), 4);

        assertThat(result.ranking())
                .containsExactly("hsa-miR-423-5p", "hsa-miR-93-5p", "hsa-miR-191-5p", "hsa-miR-16-5p");
        double[] rho = {0.0913590798016506, 0.0732136927581997, 0.0600590337263126, 0.0557913976299168};
        for (int i = 0; i < rho.length; i++) {
            assertThat(result.rho().get(i)).isCloseTo(rho[i], within(TOLERANCE));
        }
    }

    @Test
    void groupLabelsDoNotChangeTheAnswer() {
        var renamed = data.groups().stream()
                .map(g -> g.equals("PRE") ? "z-before" : "a-after")
                .toList();

        assertThat(NormFinder.select(data.matrix(), renamed, 2).rho())
                .usingElementComparator((a, b) -> Math.abs(a - b) < TOLERANCE ? 0 : 1)
                .isEqualTo(NormFinder.select(data.matrix(), data.groups(), 2).rho());
    }

    @Test
    void oneGroupOnlyIsRefused() {
        assertThatThrownBy(() -> NormFinder.select(data.matrix(), Collections.nCopies(16, "PRE"), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two groups");
    }
}
