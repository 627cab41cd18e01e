package org.parley.ledger;

/** An event as a store keeps it, with the leaf hash written beside it when it was appended. */
public record LedgerEntry(LedgerEvent event, MerkleHash leafHash) {

    public LedgerEntry {
        if (event == null || leafHash == null) {
            throw new IllegalArgumentException("an entry needs an event and its leaf hash");
        }
    }

    /** The entry a store writes for a new event. */
    public static LedgerEntry of(LedgerEvent event) {
        return new LedgerEntry(event, event.leafHash());
    }

    public long sequence() {
        return event.sequence();
    }
}
