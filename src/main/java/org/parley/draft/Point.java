package org.parley.draft;

import java.util.List;
import java.util.Objects;
import org.parley.negotiation.Text;
import org.parley.negotiation.TopicId;

/** A numbered unit of a draft, with the section heading it stands under and the topics it touches. */
public record Point(PointNumber number, String text, String section, List<TopicId> topics) {
    public static final int MAX_TEXT = 100_000;

    public Point {
        Objects.requireNonNull(number, "number");
        text = Text.required("text of point " + number, text, MAX_TEXT);
        section = Text.optional("section", section, 500);
        topics = List.copyOf(topics == null ? List.of() : topics);
    }

    public Point(String number, String text) {
        this(PointNumber.of(number), text, "", List.of());
    }
}
