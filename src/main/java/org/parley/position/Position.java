package org.parley.position;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.access.Audience;
import org.parley.draft.DraftId;
import org.parley.draft.PointNumber;
import org.parley.meeting.StatementId;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.Provenance;
import org.parley.negotiation.Text;

/**
 * A party's stance on one point of a draft, or on the draft as a whole when {@code point} is null,
 * as of {@code recordedAt}. Positions are never changed: a new one is recorded and the latest is
 * current, so the history stays. {@code conditions} are other points of the same draft the stance
 * depends on ("only if point 7 holds"); a position taken from reporting links its statement.
 */
public record Position(
        NegotiationId negotiationId,
        PositionId id,
        PartyId partyId,
        DraftId draftId,
        PointNumber point,
        Stance stance,
        String reason,
        List<PointNumber> conditions,
        StatementId statementId,
        Provenance provenance,
        Audience audience,
        String recordedBy,
        Instant recordedAt) {

    public Position {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(draftId, "draftId");
        Objects.requireNonNull(stance, "stance");
        reason = Text.optional("reason", reason, 4000);
        conditions = List.copyOf(conditions == null ? List.of() : conditions);
        provenance = provenance == null ? Provenance.FIRST_HAND : provenance;
        Objects.requireNonNull(audience, "audience");
        recordedBy = Text.optional("recordedBy", recordedBy, 200);
        recordedAt = Objects.requireNonNull(recordedAt, "recordedAt").truncatedTo(ChronoUnit.MICROS);
        if (point != null && conditions.contains(point)) {
            throw new IllegalArgumentException("a position cannot be conditional on its own point");
        }
    }

    /** The point this position is on; empty when it is on the whole draft. */
    public Optional<PointNumber> onPoint() {
        return Optional.ofNullable(point);
    }

    public Optional<StatementId> statement() {
        return Optional.ofNullable(statementId);
    }
}
