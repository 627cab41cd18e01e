package org.parley.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** The heaviest chain of pairs increasing on both sides, in O(n log n) with a Fenwick tree. */
final class Monotone {

    /** A candidate correspondence between old point {@code from} and new point {@code to}. */
    record Pair(int from, int to, double weight) {
    }

    private Monotone() {
    }

    /** The subset of {@code pairs} (distinct {@code from}s) in order on both sides with the largest total weight. */
    static List<Pair> heaviestChain(List<Pair> pairs) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<Pair> sorted = new ArrayList<>(pairs);
        sorted.sort(Comparator.comparingInt(Pair::from));
        int maxTo = 0;
        for (Pair pair : sorted) {
            maxTo = Math.max(maxTo, pair.to());
        }
        double[] treeWeight = new double[maxTo + 2];
        int[] treePair = new int[maxTo + 2];
        Arrays.fill(treePair, -1);
        double[] chainWeight = new double[sorted.size()];
        int[] previous = new int[sorted.size()];
        int bestEnd = -1;
        for (int k = 0; k < sorted.size(); k++) {
            Pair pair = sorted.get(k);
            int before = -1;
            double beforeWeight = 0;
            for (int x = pair.to(); x > 0; x -= x & -x) {
                if (treePair[x] >= 0 && treeWeight[x] > beforeWeight) {
                    beforeWeight = treeWeight[x];
                    before = treePair[x];
                }
            }
            chainWeight[k] = beforeWeight + pair.weight();
            previous[k] = before;
            for (int x = pair.to() + 1; x < treeWeight.length; x += x & -x) {
                if (treePair[x] < 0 || chainWeight[k] > treeWeight[x]) {
                    treeWeight[x] = chainWeight[k];
                    treePair[x] = k;
                }
            }
            if (bestEnd < 0 || chainWeight[k] > chainWeight[bestEnd]) {
                bestEnd = k;
            }
        }
        var chain = new ArrayList<Pair>();
        for (int k = bestEnd; k >= 0; k = previous[k]) {
            chain.add(sorted.get(k));
        }
        Collections.reverse(chain);
        return chain;
    }
}
