package org.parley.access;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;

/**
 * A person who signs in: the parties they act for in each negotiation (their seats), or an
 * administrator, who runs the instance, acts for no party and so reads nothing confidential.
 * A disabled account keeps its name (the ledger names it) but opens no session.
 */
public record Account(String name, boolean administrator, boolean disabled, Instant createdAt,
        Map<NegotiationId, Set<PartyId>> seats) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public Account {
        name = validName(name);
        Objects.requireNonNull(createdAt, "createdAt");
        seats = Map.copyOf(seats == null ? Map.of() : seats);
        if (administrator && !seats.isEmpty()) {
            throw new IllegalArgumentException("an administrator acts for no party");
        }
    }

    public static final String NAME_RULE = "an account name is 1 to 64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit";

    /** Account names are lower-case letters, digits, '.', '_' and '-', up to 64 characters. */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public static String validName(String name) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException(NAME_RULE);
        }
        return name;
    }

    /** Who this account reads as. */
    public Viewer viewer() {
        return new Viewer(name, seats, administrator);
    }
}
