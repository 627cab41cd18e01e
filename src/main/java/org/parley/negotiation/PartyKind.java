package org.parley.negotiation;

/** What kind of actor holds a seat in a negotiation. */
public enum PartyKind {
    STATE, ORGANISATION, BLOC, MEDIATOR, OBSERVER
}
