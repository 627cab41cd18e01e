package org.parley.interchange;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** A draft read from a file: its title, the text before the first point, and its points in order. */
public record ParsedDraft(String title, String preamble, List<ParsedPoint> points) implements DraftParseResult {

    public ParsedDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(preamble, "preamble");
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a draft has at least one point");
        }
        var seen = new HashSet<String>();
        for (ParsedPoint point : points) {
            if (!seen.add(point.number())) {
                throw new IllegalArgumentException("duplicate point number " + point.number());
            }
        }
    }
}
