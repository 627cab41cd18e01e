package org.parley.compare;

import java.util.List;
import java.util.Set;

/**
 * A correspondence a person confirmed or corrected: kept as given when aligning again. An empty
 * {@code to} confirms that the {@code from} point was dropped; an empty {@code from} that the
 * {@code to} point was added.
 */
public record ConfirmedLink(List<String> from, List<String> to) {

    public ConfirmedLink {
        from = List.copyOf(from);
        to = List.copyOf(to);
        if (from.isEmpty() && to.isEmpty()) {
            throw new IllegalArgumentException("a confirmed link names at least one point");
        }
        if (from.size() > 1 && to.size() > 1) {
            throw new IllegalArgumentException("links are n:1 or 1:n, not " + from + " -> " + to);
        }
        if ((from.isEmpty() || to.isEmpty()) && from.size() + to.size() != 1) {
            throw new IllegalArgumentException("a confirmed drop or addition names one point");
        }
    }

    /** Whether this confirms exactly old points {@code from} and new points {@code to}, in whatever order they are named. */
    public boolean names(List<String> from, List<String> to) {
        return Set.copyOf(this.from).equals(Set.copyOf(from)) && Set.copyOf(this.to).equals(Set.copyOf(to));
    }
}
