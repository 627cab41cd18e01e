package org.parley.access;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;

/**
 * Who is reading: a named user with seats in some negotiations (the parties they act for in each),
 * or the anonymous public. An administrator has no seat and so sees only public records.
 */
public record Viewer(String name, Map<NegotiationId, Set<PartyId>> seats, boolean administrator) {
    public static final Viewer PUBLIC = new Viewer("public", Map.of(), false);

    public Viewer {
        Objects.requireNonNull(name, "name");
        seats = Map.copyOf(seats == null ? Map.of() : seats);
    }

    /** A viewer acting for the given parties of one negotiation. */
    public static Viewer actingFor(String name, NegotiationId negotiation, PartyId... parties) {
        return new Viewer(name, Map.of(negotiation, Set.of(parties)), false);
    }

    /** The parties this viewer acts for in {@code negotiation}; empty when it has no seat there. */
    public Set<PartyId> partiesIn(NegotiationId negotiation) {
        return seats.getOrDefault(negotiation, Set.of());
    }
}
