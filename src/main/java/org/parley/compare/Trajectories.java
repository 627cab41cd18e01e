package org.parley.compare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Traces points through a lineage (a DAG of drafts) from the pairwise alignments on its edges.
 * Where two paths reach the same draft, the points they lead to are joined. Where a point was
 * dropped, the points the engine suggests it became are followed too, as "perhaps", through
 * the links of the later drafts. Points that words of a traced point moved into are named at
 * each step, as "carried".
 */
public final class Trajectories {

    private Trajectories() {
    }

    /** The trajectory of every point in {@code points} of {@code draft}. */
    public static List<Trajectory> ofDraft(List<LineageEdge> edges, String draft, List<String> points) {
        return points.stream().map(point -> of(edges, draft, point)).toList();
    }

    /**
     * The trajectory of one point.
     *
     * @throws IllegalArgumentException if the edges form a cycle reachable from {@code draft}
     */
    public static Trajectory of(List<LineageEdge> edges, String draft, String point) {
        return new Trajectory(draft, point, trace(edges, draft, point, true), trace(edges, draft, point, false));
    }

    private static List<Station> trace(List<LineageEdge> edges, String start, String point, boolean forward) {
        Map<String, List<LineageEdge>> outgoing = new HashMap<>();
        for (LineageEdge edge : edges) {
            outgoing.computeIfAbsent(forward ? edge.fromDraft() : edge.toDraft(), d -> new ArrayList<>()).add(edge);
        }
        Map<String, Set<String>> reached = new LinkedHashMap<>();
        Map<String, Set<String>> suggested = new HashMap<>();
        Map<String, Set<String>> kinds = new HashMap<>();
        Map<String, Set<String>> carried = new HashMap<>();
        reached.put(start, new LinkedHashSet<>(List.of(point)));
        for (String draft : topologicalOrder(outgoing, start, forward)) {
            Set<String> here = reached.get(draft);
            Set<String> perhapsHere = suggested.getOrDefault(draft, Set.of());
            for (LineageEdge edge : outgoing.getOrDefault(draft, List.of())) {
                String next = forward ? edge.toDraft() : edge.fromDraft();
                Set<String> there = reached.computeIfAbsent(next, d -> new LinkedHashSet<>());
                Set<String> linked = new LinkedHashSet<>();
                Set<String> how = kinds.computeIfAbsent(next, d -> new LinkedHashSet<>());
                for (Link link : edge.alignment().links()) {
                    List<String> near = forward ? link.from() : link.to();
                    if (near.stream().anyMatch(here::contains)) {
                        there.addAll(forward ? link.to() : link.from());
                        linked.addAll(near);
                        how.add(link.kind().wireName());
                    }
                }
                Set<String> words = carried.computeIfAbsent(next, d -> new LinkedHashSet<>());
                for (TextMoves.TextMove move : edge.moves()) {
                    if ((forward ? move.fromPoints() : move.toPoints()).stream().anyMatch(here::contains)) {
                        words.addAll(forward ? move.toPoints() : move.fromPoints());
                    }
                }
                Set<String> hints = suggested.computeIfAbsent(next, d -> new LinkedHashSet<>());
                here.stream().filter(p -> !linked.contains(p)).forEach(dropped -> hints.addAll(suggestedFor(edge.alignment(), dropped, forward)));
                for (Link link : edge.alignment().links()) {
                    if ((forward ? link.from() : link.to()).stream().anyMatch(perhapsHere::contains)) {
                        hints.addAll(forward ? link.to() : link.from());
                    }
                }
            }
        }
        var stations = new ArrayList<Station>();
        for (String draft : topologicalOrder(outgoing, start, forward)) {
            if (!draft.equals(start)) {
                List<String> points = List.copyOf(reached.get(draft));
                stations.add(new Station(draft, points, List.copyOf(kinds.getOrDefault(draft, Set.of())),
                        suggested.getOrDefault(draft, Set.of()).stream().filter(p -> !points.contains(p)).toList(),
                        carried.getOrDefault(draft, Set.of()).stream().filter(p -> !points.contains(p)).toList()));
            }
        }
        return stations;
    }

    /** The points on the far side of an edge that the engine suggests for a point it dropped there. */
    private static List<String> suggestedFor(Alignment alignment, String dropped, boolean forward) {
        return (forward ? alignment.suggestionsFrom(dropped) : alignment.suggestionsTo(dropped)).stream()
                .flatMap(s -> (forward ? s.to() : s.from()).stream()).toList();
    }

    /** Drafts reachable from {@code start}, each after every draft that leads to it. */
    private static List<String> topologicalOrder(Map<String, List<LineageEdge>> outgoing, String start, boolean forward) {
        Map<String, Integer> incoming = new HashMap<>();
        var stack = new ArrayDeque<String>(List.of(start));
        Set<String> seen = new LinkedHashSet<>(List.of(start));
        while (!stack.isEmpty()) {
            for (LineageEdge edge : outgoing.getOrDefault(stack.pop(), List.of())) {
                String next = forward ? edge.toDraft() : edge.fromDraft();
                incoming.merge(next, 1, Integer::sum);
                if (seen.add(next)) {
                    stack.push(next);
                }
            }
        }
        var order = new ArrayList<String>();
        var ready = new ArrayDeque<String>(List.of(start));
        while (!ready.isEmpty()) {
            String draft = ready.poll();
            order.add(draft);
            for (LineageEdge edge : outgoing.getOrDefault(draft, List.of())) {
                String next = forward ? edge.toDraft() : edge.fromDraft();
                if (incoming.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        if (order.size() != seen.size()) {
            throw new IllegalArgumentException("the lineage from " + start + " has a cycle");
        }
        return order;
    }
}
