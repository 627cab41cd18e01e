package org.parley.compare;

import java.util.List;
import java.util.Objects;

/** The points of {@code draft} that a traced point became (or came from); empty once it was dropped. */
public record Station(String draft, List<String> points) {

    public Station {
        Objects.requireNonNull(draft, "draft");
        points = List.copyOf(points);
    }
}
