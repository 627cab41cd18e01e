package org.parley.negotiation;

import java.util.Objects;
import java.util.Optional;

/** Someone who acts for a party (envoy, aide, head of state) or for none (an analyst). */
public record Person(NegotiationId negotiationId, PersonId id, String name, String title, PartyId partyId) {
    public Person {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(id, "id");
        name = Text.required("name", name, 200);
        title = Text.optional("title", title, 300);
    }

    /** The party this person acts for; empty for analysts and other outside voices. */
    public Optional<PartyId> party() {
        return Optional.ofNullable(partyId);
    }
}
