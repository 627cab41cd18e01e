package org.parley.negotiation;

import java.util.Objects;
import java.util.regex.Pattern;

/** An actor with a seat in a negotiation; {@code colour} is the badge colour shown in the workbench. */
public record Party(NegotiationId negotiationId, PartyId id, String name, String shortName, PartyKind kind, String colour) {
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Party {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(id, "id");
        name = Text.required("name", name, 200);
        shortName = shortName == null || shortName.isBlank() ? id.value().toUpperCase() : Text.required("shortName", shortName, 16);
        Objects.requireNonNull(kind, "kind");
        if (colour == null || colour.isBlank()) {
            colour = "#6b7280";
        } else if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("colour must look like #1f77b4: " + colour);
        }
    }
}
