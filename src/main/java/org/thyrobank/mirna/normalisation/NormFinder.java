package org.thyrobank.mirna.normalisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NormFinder (Andersen et al. 2004, Cancer Res 64:5245) on Cq with specimen groups (e.g. PRE/POST): per group the
 * intragroup variance of each gene from the residuals of a gene + specimen model (negative estimates set to 0),
 * the intergroup differences shrunk towards 0 by their estimated spread gamma^2, and rho = mean over groups of
 * |shrunk difference| + sqrt(shrunk variance). Reproduces R NormqPCR's {@code stabMeasureRho(x, group, log = TRUE)}
 * and the stepwise best combination of {@code selectHKs(method = "NormFinder")} (and their {@code log = FALSE} on
 * relative quantities q given here as Cq = -log2(q)): checked against NormqPCR 1.53.0's own code on its
 * data(Colon) in NormFinderNormqPcrTests (data written by src/test/r/normqpcr-golden.R, not in the repository).
 * Unlike NormqPCR, which raises {@code minNrHKs} 1 to 2, one reference (minReferences = 1) is allowed and gives
 * the single most stable assay.
 */
public final class NormFinder {

    private NormFinder() {}

    /** @param groups the group of each specimen, in the matrix's specimen order; at least two, of two specimens each */
    public static NormFinderResult select(CqMatrix matrix, List<String> groups, int minReferences) {
        int k = matrix.assays().size();
        if (k < 3) {
            throw new IllegalArgumentException("NormFinder needs at least 3 candidate assays, not " + k);
        }
        if (minReferences < 1 || minReferences >= k) {
            throw new IllegalArgumentException(
                    "NormFinder combines between 1 and " + (k - 1) + " references, not " + minReferences);
        }
        Shrunk shrunk = Shrunk.of(matrix, groups);
        Map<String, Double> stability = new LinkedHashMap<>();
        for (int j = 0; j < k; j++) {
            stability.put(matrix.assays().get(j), shrunk.rho(List.of(j), 1.0, 1));
        }
        List<Integer> chosen = new ArrayList<>();
        List<Double> rho = new ArrayList<>();
        for (int i = 1; i <= minReferences; i++) {
            double factor = i == 1 ? 1.0 : Math.sqrt((double) k / (k - i));
            int best = -1;
            double bestRho = Double.POSITIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                if (!chosen.contains(j)) {
                    List<Integer> combination = new ArrayList<>(chosen);
                    combination.add(j);
                    double candidate = shrunk.rho(combination, factor, i);
                    if (candidate < bestRho) {
                        best = j;
                        bestRho = candidate;
                    }
                }
            }
            chosen.add(best);
            rho.add(bestRho);
        }
        return new NormFinderResult(
                stability, chosen.stream().map(matrix.assays()::get).toList(), rho);
    }

    /** Each gene's shrunk intergroup difference {@code d[group][gene]} and variance {@code v[group][gene]}. */
    private record Shrunk(double[][] d, double[][] v) {

        /** Stability of a combination: mean over groups of |mean d| x factor + sqrt(mean v / size). */
        double rho(List<Integer> genes, double factor, int size) {
            double sum = 0;
            for (int g = 0; g < d.length; g++) {
                double dMean = 0;
                double vMean = 0;
                for (int gene : genes) {
                    dMean += d[g][gene] / genes.size();
                    vMean += v[g][gene] / genes.size();
                }
                sum += Math.abs(dMean * factor) + Math.sqrt(vMean / size);
            }
            return sum / d.length;
        }

        static Shrunk of(CqMatrix matrix, List<String> groups) {
            GroupedCq grouped = GroupedCq.of(matrix, groups);
            double[][] d = grouped.intergroupDifferences();
            double[][] v = grouped.intragroupVariances();
            int g = d.length;
            int k = d[0].length;
            double squares = 0;
            double meanV = 0;
            for (int group = 0; group < g; group++) {
                for (int gene = 0; gene < k; gene++) {
                    v[group][gene] /= grouped.sizes()[group];
                    squares += d[group][gene] * d[group][gene];
                    meanV += v[group][gene] / (g * k);
                }
            }
            double gamma2 = Math.max(squares / ((g - 1) * (k - 1)) - meanV, 0);
            for (int group = 0; group < g; group++) {
                for (int gene = 0; gene < k; gene++) {
                    double variance = v[group][gene];
                    d[group][gene] *= gamma2 / (gamma2 + variance);
                    v[group][gene] = variance + gamma2 * variance / (gamma2 + variance);
                }
            }
            return new Shrunk(d, v);
        }
    }
}
