package org.parley.position;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A party's graded stance on a point, from best to worst (after Loomio's gradients of agreement). */
public enum Stance {
    ENDORSE("endorse"),
    SUPPORT("support"),
    ACCEPT("accept"),
    ACCEPT_WITH_RESERVATIONS("accept with reservations"),
    UNDECIDED("undecided"),
    OPPOSE("oppose"),
    /** A red line: "absolutely unacceptable". */
    BLOCK("block");

    private final String label;

    Stance(String label) {
        this.label = label;
    }

    /** The word shown to people, e.g. "accept with reservations". */
    public String label() {
        return label;
    }

    /** The form used in URLs and JSON, e.g. "accept-with-reservations". */
    public String code() {
        return label.replace(' ', '-');
    }

    /** Whether this stance lets the point stand (accept or better, reservations included). */
    public boolean accepts() {
        return compareTo(ACCEPT_WITH_RESERVATIONS) <= 0;
    }

    /** Reads a stance written as label, code or constant name, in any case; empty when it is none. */
    public static Optional<Stance> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return Arrays.stream(values()).filter(s -> s.label.equals(wanted)).findFirst();
    }
}
