package org.parley.position;

import org.parley.negotiation.Ids;

/** Identifies a position; unique within its negotiation. */
public record PositionId(String value) {
    public PositionId {
        Ids.require("position id", value);
    }

    public static PositionId of(String value) {
        return new PositionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
