package org.parley.meeting;

import java.util.List;
import java.util.Objects;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.Text;

/** A document handed over at a meeting, from one party to others; its content may stay unknown. */
public record HandedOver(String description, PartyId from, List<PartyId> to) {
    public HandedOver {
        description = Text.required("description", description, 1000);
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to == null ? List.of() : to);
    }
}
