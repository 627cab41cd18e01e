package org.parley.ledger;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * The ledger's use cases over a {@link LedgerStore}: record a change as the next event, and
 * hand out the head, signed checkpoints and proofs. Call {@link #record} inside the transaction
 * of the change it records.
 */
public final class Ledger {

    private final LedgerStore store;
    private final Clock clock;
    private final SecureRandom random;

    public Ledger(LedgerStore store, Clock clock, SecureRandom random) {
        this.store = store;
        this.clock = clock;
        this.random = random;
    }

    /** Appends the next event with a fresh salt and the current time, and returns it. */
    public LedgerEvent record(
            String negotiationId, String kind, String subjectId, String audience, String actor, String payload) {
        LedgerEvent event = new LedgerEvent(store.size() + 1, negotiationId, kind, subjectId, audience, actor,
                clock.instant().truncatedTo(ChronoUnit.MICROS), payload, EventSalt.random(random));
        store.append(event);
        return event;
    }

    /** The tree over every stored leaf hash, as stored. */
    public MerkleTree tree() {
        return MerkleTree.ofLeafHashes(store.leafHashes(1, store.size()));
    }

    /** A checkpoint of the log as it stands, signed now. */
    public Checkpoint checkpoint(CheckpointSigner signer) {
        MerkleTree tree = tree();
        return signer.sign(tree.size(), tree.rootHash(), clock.instant());
    }
}
