package org.parley.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A point as the aligner sees it: its number in its own draft and its text. */
public record PointText(String number, String text) {

    public PointText {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(text, "text");
        if (number.isBlank()) {
            throw new IllegalArgumentException("point number must not be blank");
        }
    }

    /** The numbers of {@code points}, in their order. */
    public static List<String> numbers(List<PointText> points) {
        return points.stream().map(PointText::number).toList();
    }

    /** The text of each of {@code points} by its number. */
    public static Map<String, String> textsByNumber(List<PointText> points) {
        Map<String, String> texts = new HashMap<>();
        points.forEach(p -> texts.put(p.number(), p.text()));
        return texts;
    }
}
