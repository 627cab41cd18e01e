package org.parley.meeting;

import org.parley.negotiation.Ids;

/** Identifies a statement; unique within its negotiation. */
public record StatementId(String value) {
    public StatementId {
        Ids.require("statement id", value);
    }

    public static StatementId of(String value) {
        return new StatementId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
