package org.parley.compare;

import java.util.ArrayList;
import java.util.List;
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

    /** A whole text as one run (a dropped or added point's), or none for an empty text. */
    public static List<RedlineOp> whole(Op op, String text) {
        return text.isEmpty() ? List.of() : List.of(new RedlineOp(op, text));
    }

    /**
     * This run for display: a change with whitespace at either end becomes the whitespace kept
     * around the changed words, so marks go round "within thirty days", not " within thirty days";
     * a change of whitespace alone is shown as it is, unmarked.
     */
    public List<RedlineOp> forDisplay() {
        String words = text.strip();
        if (op == Op.EQUAL || words.length() == text.length()) {
            return List.of(this);
        }
        if (words.isEmpty()) {
            return List.of(new RedlineOp(Op.EQUAL, text));
        }
        int start = text.indexOf(words);
        var runs = new ArrayList<RedlineOp>(3);
        if (start > 0) {
            runs.add(new RedlineOp(Op.EQUAL, text.substring(0, start)));
        }
        runs.add(new RedlineOp(op, words));
        if (start + words.length() < text.length()) {
            runs.add(new RedlineOp(Op.EQUAL, text.substring(start + words.length())));
        }
        return runs;
    }
}
