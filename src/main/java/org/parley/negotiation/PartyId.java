package org.parley.negotiation;

/** Identifies a party; unique within its negotiation. */
public record PartyId(String value) {
    public PartyId {
        Ids.require("party id", value);
    }

    public static PartyId of(String value) {
        return new PartyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
