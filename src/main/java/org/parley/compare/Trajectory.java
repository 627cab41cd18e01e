package org.parley.compare;

import java.util.List;
import java.util.Objects;

/**
 * Where point {@code point} of {@code draft} went in every later draft of the lineage, and where
 * it came from in every earlier one, each list ordered from the nearest draft outwards.
 */
public record Trajectory(String draft, String point, List<Station> later, List<Station> earlier) {

    public Trajectory {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(point, "point");
        later = List.copyOf(later);
        earlier = List.copyOf(earlier);
    }
}
