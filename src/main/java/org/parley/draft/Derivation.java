package org.parley.draft;

import java.util.Objects;

/** One edge of the lineage: this draft derives from {@code from} in the way {@code kind} says. */
public record Derivation(DraftId from, Kind kind) {
    public Derivation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(kind, "kind");
    }

    /** How a draft derives from an earlier one. */
    public enum Kind {
        /** Changes an earlier draft by the same side or with its consent. */
        AMENDS,
        /** Answers another side's draft with a text of one's own. */
        COUNTERS,
        /** Joins several earlier drafts into one. */
        MERGES
    }
}
