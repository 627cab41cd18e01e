package org.parley.compare;

import java.util.Locale;
import java.util.Objects;

/** One run of a word-level redline: text kept, inserted or deleted. */
public record RedlineOp(Op op, String text) {

    /** What happened to a run of text. */
    public enum Op {
        EQUAL, INSERT, DELETE;

        /** The name used in the JSON contract. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public RedlineOp {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a redline run has text");
        }
    }
}
