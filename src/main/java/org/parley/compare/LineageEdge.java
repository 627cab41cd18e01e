package org.parley.compare;

import java.util.List;
import java.util.Objects;

/**
 * One derivation in a lineage: draft {@code toDraft} came from {@code fromDraft}, aligned as
 * given, with the text that moved between its rows ({@link TextMoves}).
 */
public record LineageEdge(String fromDraft, String toDraft, Alignment alignment, List<TextMoves.TextMove> moves) {

    public LineageEdge {
        Objects.requireNonNull(fromDraft, "fromDraft");
        Objects.requireNonNull(toDraft, "toDraft");
        Objects.requireNonNull(alignment, "alignment");
        moves = List.copyOf(moves);
        if (fromDraft.equals(toDraft)) {
            throw new IllegalArgumentException("a draft does not derive from itself: " + fromDraft);
        }
    }

    /** A derivation across which no text moved between rows. */
    public LineageEdge(String fromDraft, String toDraft, Alignment alignment) {
        this(fromDraft, toDraft, alignment, List.of());
    }
}
