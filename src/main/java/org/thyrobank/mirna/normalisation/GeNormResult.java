package org.thyrobank.mirna.normalisation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * geNorm's answer, shaped like NormqPCR's {@code selectHKs(method = "geNorm")}.
 *
 * @param stability          M of every candidate, all candidates considered (NormqPCR {@code stabMeasureM})
 * @param ranking            most stable first; the last two standing share rank 1 and keep their input order
 * @param meanM              number of genes still in -> their average M, from all candidates down to the minimum
 * @param pairwiseVariation  "n-1/n" -> V, the SD of the change in normalisation factor when the n-th gene is added
 */
public record GeNormResult(
        Map<String, Double> stability,
        List<String> ranking,
        Map<Integer, Double> meanM,
        Map<String, Double> pairwiseVariation) {

    public GeNormResult {
        stability = ordered(stability);
        ranking = List.copyOf(ranking);
        meanM = ordered(meanM);
        pairwiseVariation = ordered(pairwiseVariation);
    }

    private static <K> Map<K, Double> ordered(Map<K, Double> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
