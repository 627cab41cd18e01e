package org.parley.compare;

import java.util.List;
import java.util.Objects;

/**
 * The points of {@code draft} that a traced point became (or came from); empty once it was
 * dropped. {@code kinds} says how they got there: the kinds of the links that led to them from
 * the draft before, as the compare contract names them ({@code reworded}, {@code split}...).
 * {@code perhaps} names the points of {@code draft} the engine suggests where the point was
 * dropped on the way: links a person may confirm. {@code carried} names the other points of
 * {@code draft} that words of the traced point moved into (or, tracing back, came from).
 */
public record Station(String draft, List<String> points, List<String> kinds, List<String> perhaps, List<String> carried) {

    public Station {
        Objects.requireNonNull(draft, "draft");
        points = List.copyOf(points);
        kinds = List.copyOf(kinds);
        perhaps = List.copyOf(perhaps);
        carried = List.copyOf(carried);
    }

    /** A station with nothing carried. */
    public Station(String draft, List<String> points, List<String> kinds, List<String> perhaps) {
        this(draft, points, kinds, perhaps, List.of());
    }

    /** A station with nothing suggested or carried. */
    public Station(String draft, List<String> points, List<String> kinds) {
        this(draft, points, kinds, List.of());
    }
}
