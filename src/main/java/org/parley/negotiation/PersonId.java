package org.parley.negotiation;

/** Identifies a person; unique within its negotiation. */
public record PersonId(String value) {
    public PersonId {
        Ids.require("person id", value);
    }

    public static PersonId of(String value) {
        return new PersonId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
