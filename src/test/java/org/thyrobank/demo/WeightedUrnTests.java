package org.thyrobank.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The urn picks exactly what redrawing with {@link Draw#weighted} among the indices left picks, from the same draws. */
class WeightedUrnTests {

    @Test
    void drawsTheSameIndicesAsAScanOfThoseLeft() {
        double[] odds = {8, 2, 0.5};
        for (long seed = 0; seed < 500; seed++) {
            Draw weights = new Draw(seed);
            int size = weights.integer(1, 300);
            double[] byIndex = IntStream.range(0, size)
                    .mapToDouble(i -> odds[weights.integer(0, 2)])
                    .toArray();
            int draws = weights.integer(1, size);
            WeightedUrn urn = new WeightedUrn(byIndex);
            Draw forUrn = new Draw(seed + 1);
            Draw forScan = new Draw(seed + 1);
            List<Integer> left =
                    new ArrayList<>(IntStream.range(0, size).boxed().toList());
            for (int k = 0; k < draws; k++) {
                double[] leftOdds = left.stream().mapToDouble(i -> byIndex[i]).toArray();
                Integer scanned = forScan.weighted(left, leftOdds);
                left.remove(scanned);
                assertThat(urn.take(forUrn)).as("seed %d, draw %d", seed, k).isEqualTo(scanned);
            }
        }
    }
}
