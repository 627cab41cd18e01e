package org.parley.ledger;

import org.parley.access.Audience;
import org.parley.access.SeatLog;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;

/**
 * Seats as ledger entries ({@code seat.granted}), visible to the party the account now acts for:
 * that party learns who speaks for it, and nobody else learns it from the log.
 */
public final class LedgeredSeats implements SeatLog {
    private final EventLog events;

    public LedgeredSeats(EventLog events) {
        this.events = events;
    }

    /** What a seat entry holds. */
    public record Seated(String account, PartyId party) {}

    @Override
    public void seated(NegotiationId negotiation, PartyId party, String account, String actor) {
        events.append(Change.of(negotiation, "seat.granted", account, Audience.of(party), actor, new Seated(account, party)));
    }
}
