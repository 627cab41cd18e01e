package org.parley.interchange;

import java.util.Objects;

/**
 * One numbered point read from a draft file, with the section heading it falls under
 * ({@code ""} when none) and the 1-based line where it starts.
 */
public record ParsedPoint(String number, String text, String section, int line) {

    public ParsedPoint {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(section, "section");
        if (number.isBlank()) {
            throw new IllegalArgumentException("point number must not be blank");
        }
        if (line < 1) {
            throw new IllegalArgumentException("line must be positive: " + line);
        }
    }
}
