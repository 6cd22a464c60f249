package org.thyrobank.mirna.normalisation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NormFinder's answer, shaped like NormqPCR's {@code stabMeasureRho} and {@code selectHKs(method = "NormFinder")}.
 *
 * @param stability every candidate's rho (smaller is more stable)
 * @param ranking   the best combination grown one assay at a time, best first
 * @param rho       the stability of the combination of the first 1, 2, ... assays of the ranking
 */
public record NormFinderResult(Map<String, Double> stability, List<String> ranking, List<Double> rho) {

    public NormFinderResult {
        stability = Collections.unmodifiableMap(new LinkedHashMap<>(stability));
        ranking = List.copyOf(ranking);
        rho = List.copyOf(rho);
        if (ranking.size() != rho.size()) {
            throw new IllegalArgumentException("one rho per step of the ranking");
        }
    }
}
