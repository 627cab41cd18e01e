package org.parley.draft;

import org.parley.negotiation.Ids;

/** Identifies a draft; unique within its negotiation. */
public record DraftId(String value) {
    public DraftId {
        Ids.require("draft id", value);
    }

    public static DraftId of(String value) {
        return new DraftId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
