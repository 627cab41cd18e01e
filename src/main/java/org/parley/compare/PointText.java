package org.parley.compare;

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
}
