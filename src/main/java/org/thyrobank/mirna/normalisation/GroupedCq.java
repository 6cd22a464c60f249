package org.thyrobank.mirna.normalisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A Cq matrix split by specimen group, with the two raw estimates NormFinder starts from. */
record GroupedCq(List<double[][]> groups, int[] sizes) {

    static GroupedCq of(CqMatrix matrix, List<String> groupOfSpecimen) {
        if (groupOfSpecimen.size() != matrix.specimens().size()) {
            throw new IllegalArgumentException(
                    groupOfSpecimen.size() + " groups for " + matrix.specimens().size() + " specimens");
        }
        Map<String, List<double[]>> rows = new TreeMap<>();
        for (int i = 0; i < groupOfSpecimen.size(); i++) {
            rows.computeIfAbsent(groupOfSpecimen.get(i), g -> new ArrayList<>()).add(matrix.cq()[i]);
        }
        if (rows.size() < 2 || rows.values().stream().anyMatch(r -> r.size() < 2)) {
            throw new IllegalArgumentException(
                    "NormFinder needs at least two groups of at least two specimens, not " + rows.keySet() + " with "
                            + rows.values().stream().map(List::size).toList());
        }
        List<double[][]> groups =
                rows.values().stream().map(r -> r.toArray(double[][]::new)).toList();
        return new GroupedCq(groups, groups.stream().mapToInt(g -> g.length).toArray());
    }

    /** sigma^2[group][gene]: (s^2 - sum(s^2) / (k(k - 1))) / (1 - 2 / k), at least 0; s^2 from model residuals. */
    double[][] intragroupVariances() {
        int k = groups.get(0)[0].length;
        double[][] sigma2 = new double[groups.size()][k];
        for (int g = 0; g < groups.size(); g++) {
            double[][] y = groups.get(g);
            double[] geneMeans = columnMeans(y);
            double groupMean = Descriptive.mean(geneMeans);
            double[] s2 = new double[k];
            double total = 0;
            for (double[] specimen : y) {
                double specimenMean = Descriptive.mean(specimen);
                for (int gene = 0; gene < k; gene++) {
                    double residual = specimen[gene] - geneMeans[gene] - specimenMean + groupMean;
                    s2[gene] += residual * residual / (y.length - 1);
                }
            }
            for (double value : s2) {
                total += value;
            }
            for (int gene = 0; gene < k; gene++) {
                sigma2[g][gene] = Math.max((s2[gene] - total / (k * (k - 1.0))) / (1 - 2.0 / k), 0);
            }
        }
        return sigma2;
    }

    /** d[group][gene]: group mean of the gene minus its overall, group and grand effects. */
    double[][] intergroupDifferences() {
        int k = groups.get(0)[0].length;
        double[][] means = groups.stream().map(GroupedCq::columnMeans).toArray(double[][]::new);
        double[] geneMeans = columnMeans(means);
        double grand = Descriptive.mean(geneMeans);
        double[][] d = new double[means.length][k];
        for (int g = 0; g < means.length; g++) {
            double groupMean = Descriptive.mean(means[g]);
            for (int gene = 0; gene < k; gene++) {
                d[g][gene] = means[g][gene] - groupMean - geneMeans[gene] + grand;
            }
        }
        return d;
    }

    private static double[] columnMeans(double[][] rows) {
        double[] means = new double[rows[0].length];
        for (double[] row : rows) {
            for (int j = 0; j < means.length; j++) {
                means[j] += row[j] / rows.length;
            }
        }
        return means;
    }
}
