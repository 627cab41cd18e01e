package org.parley.negotiation;

/** How sure the record is of a fact taken from outside reporting. */
public enum Certainty {
    CONFIRMED, REPORTED, DENIED
}
