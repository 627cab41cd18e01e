package org.parley.ledger;

import java.util.List;

/** The port through which the ledger's append-only log of entries is written and read. */
public interface LedgerStore {

    /**
     * Writes the event with its leaf hash and returns its sequence; the event's sequence must be
     * {@link #size()} + 1, else the store throws, since a second writer got there first.
     */
    long append(LedgerEvent event);

    /** The stored entries with sequences {@code from} to {@code to}, both included, in sequence order. */
    List<LedgerEntry> entries(long from, long to);

    /**
     * The stored leaf hashes of entries {@code from} to {@code to}, in sequence order: what proofs
     * need, without the events.
     */
    default List<MerkleHash> leafHashes(long from, long to) {
        return entries(from, to).stream().map(LedgerEntry::leafHash).toList();
    }

    /** How many entries the log holds. */
    long size();
}
