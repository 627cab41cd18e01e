package org.parley.negotiation;

/** Validation of the free text fields of records: trimmed, bounded, required or optional. */
public final class Text {
    private Text() {}

    /** A trimmed non-blank string of at most {@code max} characters. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return bounded(field, value.strip(), max);
    }

    /** A trimmed string of at most {@code max} characters, or the empty string. */
    public static String optional(String field, String value, int max) {
        return value == null ? "" : bounded(field, value.strip(), max);
    }

    /** A count and its noun, in the plural unless there is one: "1 point", "28 points". */
    public static String counted(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String bounded(String field, String value, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        return value;
    }
}
