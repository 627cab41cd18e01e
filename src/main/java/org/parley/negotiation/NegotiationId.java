package org.parley.negotiation;

/** Identifies a negotiation; unique in the whole instance. */
public record NegotiationId(String value) {
    public NegotiationId {
        Ids.require("negotiation id", value);
    }

    public static NegotiationId of(String value) {
        return new NegotiationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
