package org.parley.interchange;

import java.util.Objects;

/**
 * A refused draft file: which file, the 1-based line at fault ({@code 0} when the fault is the
 * file as a whole, such as its size) and what was expected there.
 */
public record Malformed(String sourceName, int line, String expected) implements DraftParseResult {

    public Malformed {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(expected, "expected");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    /** The refusal as one line for a terminal: {@code file:line: expected ...}. */
    public String message() {
        return line == 0
                ? sourceName + ": expected " + expected
                : sourceName + ":" + line + ": expected " + expected;
    }
}
