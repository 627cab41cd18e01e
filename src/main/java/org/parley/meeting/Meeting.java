package org.parley.meeting;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.parley.access.Audience;
import org.parley.draft.DraftId;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.PersonId;
import org.parley.negotiation.Provenance;
import org.parley.negotiation.Text;

/**
 * A round of talks: when and where, for how long, who came for which parties, which drafts were on
 * the table, what was handed over and what came out. {@code confidentialTo} names the parties that
 * agreed to keep the details between them, a fact that can itself be public.
 */
public record Meeting(
        NegotiationId negotiationId,
        MeetingId id,
        String title,
        String place,
        OffsetDateTime start,
        Duration duration,
        List<PersonId> attendees,
        List<PartyId> parties,
        List<DraftId> drafts,
        List<HandedOver> handedOver,
        String outcome,
        List<PartyId> confidentialTo,
        Audience audience,
        Provenance provenance) {

    public Meeting {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(id, "id");
        title = Text.required("title", title, 300);
        place = Text.optional("place", place, 300);
        Objects.requireNonNull(start, "start");
        if (duration != null && (duration.isNegative() || duration.toDays() > 60)) {
            throw new IllegalArgumentException("duration must be between zero and 60 days");
        }
        attendees = List.copyOf(attendees == null ? List.of() : attendees);
        parties = List.copyOf(parties == null ? List.of() : parties);
        drafts = List.copyOf(drafts == null ? List.of() : drafts);
        handedOver = List.copyOf(handedOver == null ? List.of() : handedOver);
        outcome = Text.optional("outcome", outcome, 10_000);
        confidentialTo = List.copyOf(confidentialTo == null ? List.of() : confidentialTo);
        Objects.requireNonNull(audience, "audience");
        provenance = provenance == null ? Provenance.FIRST_HAND : provenance;
    }
}
