package org.thyrobank.analysis.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.special.Gamma;

/**
 * Log-rank test of k >= 2 groups, as R's {@code survdiff(Surv(time, event) ~ group)} (rho = 0): observed and
 * expected events per group, the chi-square on the groups with some expected events, and its p. Groups are ordered
 * by label, as R orders factor levels (String order; the chi-square does not depend on it). A singular variance, as
 * when events happen only with one subject left at risk, is an error, as {@code solve()} makes it in R.
 */
public final class LogRankTest {

    public record Group(String level, int n, int observed, double expected) {}

    /**
     * @param degreesOfFreedom groups with expected events, minus one
     * @param pValue null when fewer than two groups have expected events (R: NA, or a meaningless 0 for df = 0)
     */
    public record Result(List<Group> groups, double chiSquare, int degreesOfFreedom, Double pValue) {

        public Result {
            groups = List.copyOf(groups);
        }
    }

    private LogRankTest() {}

    public static Result test(double[] time, boolean[] event, String[] group) {
        if (time.length != event.length || time.length != group.length) {
            throw new IllegalArgumentException("time, event and group must have the same length");
        }
        List<String> levels = new ArrayList<>(new TreeSet<>(Arrays.asList(group)));
        if (levels.size() < 2) {
            throw new IllegalArgumentException("there is only 1 group");
        }
        int k = levels.size();
        int[] groupOf = Arrays.stream(group).mapToInt(levels::indexOf).toArray();
        int[] n = new int[k];
        int[] observed = new int[k];
        double[] expected = new double[k];
        double[][] variance = new double[k][k];
        for (int i = 0; i < time.length; i++) {
            n[groupOf[i]]++;
            observed[groupOf[i]] += event[i] ? 1 : 0;
        }
        for (double t : Arrays.stream(time).distinct().sorted().toArray()) {
            double[] atRisk = new double[k];
            double deaths = 0;
            for (int i = 0; i < time.length; i++) {
                atRisk[groupOf[i]] += time[i] >= t ? 1 : 0;
                deaths += time[i] == t && event[i] ? 1 : 0;
            }
            if (deaths == 0) {
                continue;
            }
            double total = Arrays.stream(atRisk).sum();
            double spread = total > 1 ? deaths * (total - deaths) / (total - 1) : 0;
            for (int g = 0; g < k; g++) {
                expected[g] += deaths * atRisk[g] / total;
                for (int h = 0; h < k; h++) {
                    variance[g][h] += spread * atRisk[g] / total * ((g == h ? 1 : 0) - atRisk[h] / total);
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            groups.add(new Group(levels.get(g), n[g], observed[g], expected[g]));
        }
        int[] informative = IntStream.range(0, k).filter(g -> expected[g] > 0).toArray();
        int df = informative.length - 1;
        if (df < 1) {
            return new Result(groups, 0, df, null);
        }
        double chiSquare = chiSquare(observed, expected, variance, Arrays.copyOfRange(informative, 1, df + 1));
        return new Result(groups, chiSquare, df, Gamma.regularizedGammaQ(df / 2.0, chiSquare / 2));
    }

    /** (O - E)' V^-1 (O - E) over the informative groups but the first, as survdiff drops the first. */
    private static double chiSquare(int[] observed, double[] expected, double[][] variance, int[] kept) {
        var v = new Array2DRowRealMatrix(kept.length, kept.length);
        RealVector difference = new ArrayRealVector(kept.length);
        for (int i = 0; i < kept.length; i++) {
            difference.setEntry(i, observed[kept[i]] - expected[kept[i]]);
            for (int j = 0; j < kept.length; j++) {
                v.setEntry(i, j, variance[kept[i]][kept[j]]);
            }
        }
        return new LUDecomposition(v).getSolver().solve(difference).dotProduct(difference);
    }
}
