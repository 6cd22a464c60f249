package org.thyrobank.demo;

/**
 * Indices drawn by weight without replacement, each in O(log n) (a Fenwick tree of the weights), where redrawing
 * with {@link Draw#weighted} among the indices left would take O(n) each and O(n^2) for a share of a large cohort.
 * A draw takes the same one random number as {@link Draw#weighted} and picks the same index as its scan through the
 * indices left, as long as the weights and their sums are exact in binary (halves, as the exit odds are).
 */
final class WeightedUrn {

    /** {@code tree[k]} (from 1) holds the sum of the {@code k & -k} weights ending at index {@code k - 1}. */
    private final double[] tree;

    private final double[] weights;
    private double total;

    WeightedUrn(double[] weights) {
        this.weights = weights.clone();
        this.tree = new double[weights.length + 1];
        for (int i = 0; i < weights.length; i++) {
            add(i, weights[i]);
            total += weights[i];
        }
    }

    /** Draws an index with a chance proportional to its weight among those not drawn yet, and takes it out. */
    int take(Draw draw) {
        double point = draw.uniform(0, total);
        int index = firstIndexWhosePrefixSumExceeds(point);
        add(index, -weights[index]);
        total -= weights[index];
        weights[index] = 0;
        return index;
    }

    /** The index where a scan subtracting each weight from {@code point} would first go below zero. */
    private int firstIndexWhosePrefixSumExceeds(double point) {
        int position = 0;
        double remaining = point;
        for (int step = Integer.highestOneBit(weights.length); step > 0; step >>= 1) {
            int next = position + step;
            if (next <= weights.length && tree[next] <= remaining) {
                position = next;
                remaining -= tree[next];
            }
        }
        // A point rounded up to the total passes every weight; the scan then takes the last index left.
        while (position == weights.length || weights[position] == 0) {
            position--;
        }
        return position;
    }

    private void add(int index, double weight) {
        for (int k = index + 1; k < tree.length; k += k & -k) {
            tree[k] += weight;
        }
    }
}
