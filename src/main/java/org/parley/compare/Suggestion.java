package org.parley.compare;

import java.util.List;

/**
 * A link the engine did not make but a person might. Either a dropped old point and an added new
 * point that share some of their words ({@code reworded} where the pair sits between the same links
 * on both sides, {@code moved} elsewhere), or a dropped point that would join a link as one more
 * piece of a merge ({@code merged}), or an added point that would join one as one more piece of a
 * split ({@code split}). {@code from} and {@code to} are the whole link so suggested; {@code score}
 * the cosine of its two sides' words.
 */
public record Suggestion(List<String> from, List<String> to, LinkKind kind, double score) {

    public Suggestion {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    /** A suggestion of one old point for one new point. */
    public static Suggestion oneToOne(String from, String to, LinkKind kind, double score) {
        return new Suggestion(List.of(from), List.of(to), kind, score);
    }
}
