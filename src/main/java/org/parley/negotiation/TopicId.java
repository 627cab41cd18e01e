package org.parley.negotiation;

/** Identifies a topic; unique within its negotiation. */
public record TopicId(String value) {
    public TopicId {
        Ids.require("topic id", value);
    }

    public static TopicId of(String value) {
        return new TopicId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
