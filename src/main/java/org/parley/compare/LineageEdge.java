package org.parley.compare;

import java.util.Objects;

/** One derivation in a lineage: draft {@code toDraft} came from {@code fromDraft}, aligned as given. */
public record LineageEdge(String fromDraft, String toDraft, Alignment alignment) {

    public LineageEdge {
        Objects.requireNonNull(fromDraft, "fromDraft");
        Objects.requireNonNull(toDraft, "toDraft");
        Objects.requireNonNull(alignment, "alignment");
        if (fromDraft.equals(toDraft)) {
            throw new IllegalArgumentException("a draft does not derive from itself: " + fromDraft);
        }
    }
}
