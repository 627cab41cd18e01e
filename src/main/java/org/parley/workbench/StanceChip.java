package org.parley.workbench;

import java.util.Map;

/** A party's current stance as a chip: its colour comes from {@code code}, and the word is always written out. */
public record StanceChip(PartyBadge party, String code, String label) {
    public static final String NONE = "none";

    private static final Map<String, String> SHORT = Map.of("accept-with-reservations", "reserv.", "undecided", "undec.", NONE, "–");

    public boolean hasStance() {
        return !NONE.equals(code);
    }

    /** A short form for tight places such as the matrix, where the whole word stands in its title. */
    public String shortLabel() {
        return SHORT.getOrDefault(code, label);
    }
}
