package org.parley.draft;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.compare.ConfirmedLink;
import org.parley.compare.LinkKind;
import org.parley.negotiation.Ids;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Text;

/**
 * A person's word on how points of draft {@code from} correspond to points of draft {@code to}:
 * which became which and how, or that a point was dropped or added. The aligner takes it as given
 * whenever the two drafts are compared again; a later confirmation naming the same points replaces it.
 */
public record LinkConfirmation(
        NegotiationId negotiationId,
        String id,
        DraftId from,
        DraftId to,
        List<PointNumber> fromPoints,
        List<PointNumber> toPoints,
        Kind kind,
        String confirmedBy,
        Instant confirmedAt) {

    public LinkConfirmation {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Ids.require("link id", id);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        fromPoints = List.copyOf(fromPoints == null ? List.of() : fromPoints);
        toPoints = List.copyOf(toPoints == null ? List.of() : toPoints);
        Objects.requireNonNull(kind, "kind");
        confirmedBy = Text.optional("confirmedBy", confirmedBy, 200);
        confirmedAt = Objects.requireNonNull(confirmedAt, "confirmedAt").truncatedTo(ChronoUnit.MICROS);
        if (from.equals(to)) {
            throw new IllegalArgumentException("to must name another draft than from");
        }
        if (new HashSet<>(fromPoints).size() < fromPoints.size() || new HashSet<>(toPoints).size() < toPoints.size()) {
            throw new IllegalArgumentException("points must not repeat within a side of a link");
        }
        if (!kind.fits(fromPoints.size(), toPoints.size())) {
            throw new IllegalArgumentException("kind " + kind.name().toLowerCase() + " does not fit " + fromPoints + " -> " + toPoints);
        }
    }

    /** Whether this confirmation and {@code other} name a common point of the same pair of drafts. */
    public boolean overlaps(LinkConfirmation other) {
        return from.equals(other.from) && to.equals(other.to)
                && (fromPoints.stream().anyMatch(other.fromPoints::contains) || toPoints.stream().anyMatch(other.toPoints::contains));
    }

    /** The constraint the aligner keeps. */
    public ConfirmedLink constraint() {
        return new ConfirmedLink(fromPoints.stream().map(PointNumber::value).toList(), toPoints.stream().map(PointNumber::value).toList());
    }

    /** How the points correspond: a kind of link, or a point dropped or added. */
    public enum Kind {
        KEPT, RENUMBERED, REWORDED, MOVED, MERGED, SPLIT, DROPPED, ADDED;

        boolean fits(int from, int to) {
            return switch (this) {
                case DROPPED -> from == 1 && to == 0;
                case ADDED -> from == 0 && to == 1;
                case MERGED -> from > 1 && to == 1;
                case SPLIT -> from == 1 && to > 1;
                default -> from == 1 && to == 1;
            };
        }

        /** The kind of link the aligner reports for it; empty for a drop or an addition. */
        public Optional<LinkKind> linkKind() {
            return this == DROPPED || this == ADDED ? Optional.empty() : Optional.of(LinkKind.valueOf(name()));
        }
    }
}
