package org.parley.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns the points of an old draft with those of a new one, trusting texts rather than numbers.
 *
 * <p>How: TF-IDF vectors of stemmed words and word pairs; for each point a few candidates from an
 * inverted index; pairs that are each other's clear best form anchors, and the heaviest chain of
 * anchors in order on both sides is the backbone; the stretches between backbone pairs are aligned
 * by dynamic programming; what is left is matched across the whole draft as moves. Then heavily
 * reworded points, by their stemmed words alone: in order between linked neighbours with a low bar
 * (lowest for one point squeezed between two links), and elsewhere when an old and a new point are
 * each other's clear best. Then a point that is better explained by several points of the other
 * draft joined together becomes a merge or a split; a piece beside another may add new words if
 * it covers more of the other side. Last, points still free that share a run of words which each
 * draft holds only once are linked; then a free point whose sentences are, each with a sentence of
 * one point of the other draft, each other's best match is linked with that point or joins its
 * link; and the rest best-first by their words. Lead-ins left alone follow their items. Confirmed
 * links are taken as given and the rest is aligned around them.
 */
public final class Aligner {

    /** Aligns {@code from} (old) with {@code to} (new). Point numbers must be unique on each side. */
    public Alignment align(List<PointText> from, List<PointText> to) {
        return align(from, to, List.of());
    }

    /**
     * Aligns {@code from} with {@code to}, keeping every {@code confirmed} link as given.
     *
     * @throws IllegalArgumentException if numbers repeat on a side, or a confirmed link names an
     *     unknown point or a point another confirmed link already names
     */
    public Alignment align(List<PointText> from, List<PointText> to, List<ConfirmedLink> confirmed) {
        Map<String, Integer> fromIndex = indexOf(from, "old");
        Map<String, Integer> toIndex = indexOf(to, "new");
        var run = new AlignmentRun(from, to);
        for (ConfirmedLink link : confirmed) {
            run.confirm(indices(link.from(), fromIndex, "old"), indices(link.to(), toIndex, "new"));
        }
        return run.align();
    }

    private static Map<String, Integer> indexOf(List<PointText> points, String side) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            if (index.putIfAbsent(points.get(i).number(), i) != null) {
                throw new IllegalArgumentException("point " + points.get(i).number() + " repeats in the " + side + " draft");
            }
        }
        return index;
    }

    private static int[] indices(List<String> numbers, Map<String, Integer> index, String side) {
        var result = new ArrayList<Integer>();
        for (String number : numbers) {
            Integer at = index.get(number);
            if (at == null) {
                throw new IllegalArgumentException("confirmed link names point " + number + ", absent from the " + side + " draft");
            }
            result.add(at);
        }
        return result.stream().mapToInt(Integer::intValue).toArray();
    }
}
