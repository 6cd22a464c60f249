package org.thyrobank.mirna.normalisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * geNorm (Vandesompele et al. 2002, Genome Biol 3:research0034) on Cq, i.e. on the log2 scale: the stability M of
 * a gene is the mean, over the other genes, of the SD of their pairwise Cq differences; the gene with the largest
 * M is excluded and M recomputed until {@code minReferences} remain. Reproduces R NormqPCR's
 * {@code selectHKs(x, method = "geNorm", log = TRUE, minNrHKs = 2)}, and so its {@code log = FALSE} on relative
 * quantities q given here as Cq = -log2(q) (only SDs of log-ratios enter): checked against NormqPCR 1.53.0's own
 * code on its data(geNorm) and data(Colon) in GeNormNormqPcrTests (data written by src/test/r/normqpcr-golden.R,
 * not in the repository). One NormqPCR quirk is not copied: with {@code minNrHKs > 2} its last step still appends
 * an unnamed V for removing one gene more; here the pairwise variations end at "minReferences/minReferences+1".
 */
public final class GeNorm {

    private GeNorm() {}

    /** M of every assay of the matrix (NormqPCR {@code stabMeasureM}). */
    public static Map<String, Double> stability(CqMatrix matrix) {
        int k = matrix.assays().size();
        Map<String, Double> m = new LinkedHashMap<>();
        for (int j = 0; j < k; j++) {
            double sum = 0;
            for (int other = 0; other < k; other++) {
                if (other != j) {
                    sum += Descriptive.sd(difference(matrix.column(j), matrix.column(other)));
                }
            }
            m.put(matrix.assays().get(j), sum / (k - 1));
        }
        return m;
    }

    public static GeNormResult select(CqMatrix matrix, int minReferences) {
        int n = matrix.assays().size();
        if (minReferences < 2 || minReferences >= n) {
            throw new IllegalArgumentException(
                    "geNorm keeps between 2 and " + (n - 1) + " references, not " + minReferences);
        }
        String[] ranking = new String[n];
        Map<Integer, Double> meanM = new LinkedHashMap<>();
        Map<String, Double> variation = new LinkedHashMap<>();
        CqMatrix remaining = matrix;
        for (int i = n; i >= minReferences; i--) {
            List<Double> m = new ArrayList<>(stability(remaining).values());
            meanM.put(i, m.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
            if (i == minReferences) {
                for (int r = 0; r < minReferences; r++) {
                    ranking[r] = remaining.assays().get(r);
                }
                break;
            }
            int worst = IntStream.range(0, i)
                    .reduce((a, b) -> m.get(b) > m.get(a) ? b : a)
                    .orElseThrow();
            ranking[i - 1] = remaining.assays().get(worst);
            CqMatrix without = remaining.select(
                    IntStream.range(0, i).filter(j -> j != worst).boxed().toList());
            variation.put((i - 1) + "/" + i, Descriptive.sd(difference(rowMeans(without), rowMeans(remaining))));
            remaining = without;
        }
        return new GeNormResult(stability(matrix), List.of(ranking), meanM, variation);
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    /** Per specimen, the mean Cq: the log2 of the geometric-mean normalisation factor, up to sign. */
    private static double[] rowMeans(CqMatrix matrix) {
        double[] means = new double[matrix.specimens().size()];
        for (int i = 0; i < means.length; i++) {
            means[i] = Descriptive.mean(matrix.cq()[i]);
        }
        return means;
    }
}
