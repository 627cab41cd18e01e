package org.parley.compare;

import java.util.Arrays;
import java.util.List;

/**
 * For each query point, the few points of the other draft most similar to it, with exact cosine
 * scores, best first. Found through an inverted index that ignores features shared by too many
 * points, so the cost grows with the number of points, not with its square.
 */
final class Candidates {

    private static final int POSTING_CAP = 128;
    private static final int[] NONE = new int[0];
    private static final double[] NO_SCORES = new double[0];

    private final int[][] points;
    private final double[][] scores;

    private Candidates(int[][] points, double[][] scores) {
        this.points = points;
        this.scores = scores;
    }

    int[] of(int query) {
        return points[query];
    }

    double[] scoresOf(int query) {
        return scores[query];
    }

    /** The best score of {@code query}, or 0 when it has no candidate. */
    double best(int query) {
        return scores[query].length == 0 ? 0 : scores[query][0];
    }

    /** The second best score of {@code query}, or 0. */
    double secondBest(int query) {
        return scores[query].length < 2 ? 0 : scores[query][1];
    }

    static Candidates find(List<SparseVector> queries, List<SparseVector> docs, int featureCount, int k) {
        int[] postingStart = new int[featureCount + 1];
        for (SparseVector doc : docs) {
            for (int id : doc.ids()) {
                postingStart[id + 1]++;
            }
        }
        for (int f = 0; f < featureCount; f++) {
            postingStart[f + 1] += postingStart[f];
        }
        int[] postingDoc = new int[postingStart[featureCount]];
        float[] postingWeight = new float[postingDoc.length];
        int[] fill = Arrays.copyOf(postingStart, featureCount);
        for (int d = 0; d < docs.size(); d++) {
            SparseVector doc = docs.get(d);
            for (int t = 0; t < doc.ids().length; t++) {
                int at = fill[doc.ids()[t]]++;
                postingDoc[at] = d;
                postingWeight[at] = doc.weights()[t];
            }
        }

        double[] accumulated = new double[docs.size()];
        int[] touched = new int[docs.size()];
        int[][] points = new int[queries.size()][];
        double[][] scores = new double[queries.size()][];
        for (int q = 0; q < queries.size(); q++) {
            SparseVector query = queries.get(q);
            int touchedCount = 0;
            for (int t = 0; t < query.ids().length; t++) {
                int f = query.ids()[t];
                int from = postingStart[f];
                int to = postingStart[f + 1];
                if (to - from > POSTING_CAP) {
                    continue;
                }
                for (int p = from; p < to; p++) {
                    int d = postingDoc[p];
                    if (accumulated[d] == 0) {
                        touched[touchedCount++] = d;
                    }
                    accumulated[d] += query.weights()[t] * postingWeight[p];
                }
            }
            int[] top = topByAccumulated(touched, touchedCount, accumulated, k);
            for (int i = 0; i < touchedCount; i++) {
                accumulated[touched[i]] = 0;
            }
            rankExactly(q, query, top, docs, points, scores);
        }
        return new Candidates(points, scores);
    }

    private static int[] topByAccumulated(int[] touched, int count, double[] accumulated, int k) {
        if (count == 0) {
            return NONE;
        }
        int[] top = new int[Math.min(k, count)];
        int size = 0;
        for (int i = 0; i < count; i++) {
            int d = touched[i];
            if (size < top.length) {
                top[size++] = d;
                continue;
            }
            int weakest = 0;
            for (int s = 1; s < size; s++) {
                if (accumulated[top[s]] < accumulated[top[weakest]]) {
                    weakest = s;
                }
            }
            if (accumulated[d] > accumulated[top[weakest]]) {
                top[weakest] = d;
            }
        }
        return top;
    }

    private static void rankExactly(int q, SparseVector query, int[] top, List<SparseVector> docs,
                                    int[][] points, double[][] scores) {
        if (top.length == 0) {
            points[q] = NONE;
            scores[q] = NO_SCORES;
            return;
        }
        Integer[] order = new Integer[top.length];
        double[] exact = new double[top.length];
        for (int i = 0; i < top.length; i++) {
            order[i] = i;
            exact[i] = query.cosine(docs.get(top[i]));
        }
        Arrays.sort(order, (a, b) -> exact[b] != exact[a] ? Double.compare(exact[b], exact[a]) : Integer.compare(top[a], top[b]));
        points[q] = new int[top.length];
        scores[q] = new double[top.length];
        for (int i = 0; i < top.length; i++) {
            points[q][i] = top[order[i]];
            scores[q][i] = exact[order[i]];
        }
    }
}
