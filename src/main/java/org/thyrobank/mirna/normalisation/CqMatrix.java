package org.thyrobank.mirna.normalisation;

import java.util.HashSet;
import java.util.List;

/**
 * Cq of candidate reference assays (columns) in specimens (rows), complete: what geNorm and NormFinder rank.
 *
 * @param cq {@code cq[specimen][assay]}, every value a finite Cq
 */
public record CqMatrix(List<String> specimens, List<String> assays, double[][] cq) {

    public CqMatrix {
        specimens = List.copyOf(specimens);
        assays = List.copyOf(assays);
        if (new HashSet<>(assays).size() != assays.size() || new HashSet<>(specimens).size() != specimens.size()) {
            throw new IllegalArgumentException("specimens and assays must be distinct");
        }
        if (assays.size() < 2 || specimens.size() < 2) {
            throw new IllegalArgumentException("reference stability needs at least 2 assays and 2 specimens, not "
                    + assays.size() + " and " + specimens.size());
        }
        if (cq.length != specimens.size()) {
            throw new IllegalArgumentException(cq.length + " rows of Cq for " + specimens.size() + " specimens");
        }
        double[][] copy = new double[cq.length][];
        for (int i = 0; i < cq.length; i++) {
            if (cq[i].length != assays.size()) {
                throw new IllegalArgumentException(
                        specimens.get(i) + ": " + cq[i].length + " Cq for " + assays.size() + " assays");
            }
            for (double value : cq[i]) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException(specimens.get(i) + ": every Cq must be a number, not " + value);
                }
            }
            copy[i] = cq[i].clone();
        }
        cq = copy;
    }

    /** The Cq of one assay across the specimens. */
    double[] column(int assay) {
        double[] column = new double[cq.length];
        for (int i = 0; i < cq.length; i++) {
            column[i] = cq[i][assay];
        }
        return column;
    }

    /** The same specimens with the given assays only, in that order. */
    CqMatrix select(List<Integer> assayIndexes) {
        double[][] kept = new double[cq.length][assayIndexes.size()];
        for (int i = 0; i < cq.length; i++) {
            for (int j = 0; j < assayIndexes.size(); j++) {
                kept[i][j] = cq[i][assayIndexes.get(j)];
            }
        }
        return new CqMatrix(specimens, assayIndexes.stream().map(assays::get).toList(), kept);
    }
}
