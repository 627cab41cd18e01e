package org.parley.compare;

import java.util.Locale;

/** How the points of a link changed between two drafts. */
public enum LinkKind {
    /** Same number, same text. */
    KEPT,
    /** Same text under another number, in the same order. */
    RENUMBERED,
    /** Changed text, in the same order. */
    REWORDED,
    /** Taken out of the order of the surrounding points. */
    MOVED,
    /** Several points became one. */
    MERGED,
    /** One point became several. */
    SPLIT;

    /** The name used in the JSON contract: {@code kept}, {@code split}... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
