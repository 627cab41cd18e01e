package org.parley.workbench;

/** A party's current stance as a chip: its colour comes from {@code code}, and the word is always written out. */
public record StanceChip(PartyBadge party, String code, String label) {
    public static final String NONE = "none";

    public boolean hasStance() {
        return !NONE.equals(code);
    }
}
