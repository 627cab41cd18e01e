package org.parley.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The naive baseline the aligner is measured against: lower-cased word TF-IDF, cosine of every
 * pair of points that shares a word, and best-first one-to-one matching above a threshold. It
 * knows no order, no moves, no merges and no splits.
 */
public final class GreedyTfIdfMatcher {

    private static final double THRESHOLD = 0.3;

    /** Aligns {@code from} with {@code to} the naive way. */
    public Alignment align(List<PointText> from, List<PointText> to) {
        Map<String, Integer> df = new HashMap<>();
        List<Map<String, Integer>> fromCounts = from.stream().map(p -> counts(p.text(), df)).toList();
        List<Map<String, Integer>> toCounts = to.stream().map(p -> counts(p.text(), df)).toList();
        int documents = from.size() + to.size();
        List<Map<String, Double>> fromVectors = fromCounts.stream().map(c -> weigh(c, df, documents)).toList();
        List<Map<String, Double>> toVectors = toCounts.stream().map(c -> weigh(c, df, documents)).toList();

        Map<String, List<Integer>> postings = new HashMap<>();
        for (int j = 0; j < to.size(); j++) {
            for (String word : toVectors.get(j).keySet()) {
                postings.computeIfAbsent(word, w -> new ArrayList<>()).add(j);
            }
        }
        var pairs = new ArrayList<double[]>();
        for (int i = 0; i < from.size(); i++) {
            Map<Integer, Double> dot = new HashMap<>();
            for (Map.Entry<String, Double> entry : fromVectors.get(i).entrySet()) {
                for (int j : postings.getOrDefault(entry.getKey(), List.of())) {
                    dot.merge(j, entry.getValue() * toVectors.get(j).get(entry.getKey()), Double::sum);
                }
            }
            for (Map.Entry<Integer, Double> entry : dot.entrySet()) {
                if (entry.getValue() >= THRESHOLD) {
                    pairs.add(new double[] {entry.getValue(), i, entry.getKey()});
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((double[] p) -> -p[0]).thenComparingDouble(p -> p[1]).thenComparingDouble(p -> p[2]));
        boolean[] fromUsed = new boolean[from.size()];
        boolean[] toUsed = new boolean[to.size()];
        var links = new ArrayList<Link>();
        for (double[] pair : pairs) {
            int i = (int) pair[1];
            int j = (int) pair[2];
            if (!fromUsed[i] && !toUsed[j]) {
                fromUsed[i] = true;
                toUsed[j] = true;
                links.add(link(from.get(i), to.get(j), Math.min(1, pair[0])));
            }
        }
        return new Alignment(links, AlignmentRun.unlinked(from, fromUsed), AlignmentRun.unlinked(to, toUsed));
    }

    private static Link link(PointText from, PointText to, double score) {
        LinkKind kind = !from.text().equals(to.text()) ? LinkKind.REWORDED
                : from.number().equals(to.number()) ? LinkKind.KEPT : LinkKind.RENUMBERED;
        return new Link(List.of(from.number()), List.of(to.number()), kind, score, Redliner.diff(from.text(), to.text()));
    }

    private static Map<String, Integer> counts(String text, Map<String, Integer> df) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        counts.keySet().forEach(word -> df.merge(word, 1, Integer::sum));
        return counts;
    }

    private static Map<String, Double> weigh(Map<String, Integer> counts, Map<String, Integer> df, int documents) {
        Map<String, Double> vector = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            double weight = entry.getValue() * Math.log((double) documents / df.get(entry.getKey()) + 1);
            vector.put(entry.getKey(), weight);
            norm += weight * weight;
        }
        double length = Math.sqrt(norm);
        vector.replaceAll((word, weight) -> weight / length);
        return vector;
    }
}
