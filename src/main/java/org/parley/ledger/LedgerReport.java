package org.parley.ledger;

/** What verifying the ledger found: an intact log, or the first thing that is wrong with it. */
public sealed interface LedgerReport {

    /** Every entry matches its leaf hash, and any checkpoint given is a prefix of the log. */
    record Intact(long size, MerkleHash rootHash) implements LedgerReport {}

    /** The entry with this sequence, the first one that is wrong, and what is wrong with it. */
    record BadEntry(long sequence, String problem) implements LedgerReport {}

    /** The saved checkpoint's signature does not hold, so it proves nothing about the log. */
    record CheckpointRefused(String reason) implements LedgerReport {}

    /** The entries are self-consistent, but the log is not an extension of the saved checkpoint. */
    record NotAnExtension(long checkpointSize, String reason) implements LedgerReport {}
}
