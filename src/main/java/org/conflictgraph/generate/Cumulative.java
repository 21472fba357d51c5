package org.conflictgraph.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws an index in proportion to fixed weights, by binary search over their running sums. */
final class Cumulative {
    private final double[] sums;

    Cumulative(double[] weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        sums = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            sums[i] = total;
        }
    }

    /**
     * Rank {@code k} (0-based) weighs {@code 1 / (k + 1)^exponent}: with an exponent near 1 the first few
     * ranks take a large share and most take very little, as citations and battle reports do.
     */
    static Cumulative zipf(int n, double exponent) {
        double[] weights = new double[n];
        for (int k = 0; k < n; k++) {
            weights[k] = 1 / Math.pow(k + 1, exponent);
        }
        return new Cumulative(weights);
    }

    int size() {
        return sums.length;
    }

    int pick(SplittableRandom random) {
        double u = random.nextDouble() * sums[sums.length - 1];
        int i = Arrays.binarySearch(sums, u);
        // an exact hit on a running sum belongs to the next index; a miss gives the insertion point
        i = i >= 0 ? i + 1 : -i - 1;
        return Math.min(i, sums.length - 1);
    }
}
