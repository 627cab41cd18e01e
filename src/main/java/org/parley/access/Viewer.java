package org.parley.access;

import java.util.Objects;
import java.util.Set;
import org.parley.negotiation.PartyId;

/**
 * Who is reading: a named user acting for some parties, or the anonymous public. Parties are
 * scoped to one negotiation by the caller; an administrator has no party and sees only public records.
 */
public record Viewer(String name, Set<PartyId> parties, boolean administrator) {
    public static final Viewer PUBLIC = new Viewer("public", Set.of(), false);

    public Viewer {
        Objects.requireNonNull(name, "name");
        parties = Set.copyOf(parties == null ? Set.of() : parties);
    }

    public static Viewer actingFor(String name, PartyId... parties) {
        return new Viewer(name, Set.of(parties), false);
    }

    public boolean isPublic() {
        return parties.isEmpty();
    }
}
