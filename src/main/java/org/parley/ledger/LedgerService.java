package org.parley.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.access.AccessPolicy;
import org.parley.access.Audience;
import org.parley.access.Viewer;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Negotiations;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.Transactions;

/**
 * What a party asks of the ledger to keep Parley honest: a signed checkpoint to keep, proofs that
 * an event is in the log and that the log only grew, and the events it may see, to recompute
 * their leaves. Proofs carry only hashes, so they reveal nothing of events outside the reader's audience.
 */
public final class LedgerService {
    private final Transactions tx;
    private final LedgerStore store;
    private final Negotiations negotiations;
    private final CheckpointSigner signer;
    /** The leaf hashes read so far, in order: entries never change, so only new ones are read. */
    private final List<MerkleHash> knownLeaves = new ArrayList<>();
    private final Map<Long, MerkleHash> completeSubtrees = new ConcurrentHashMap<>();

    public LedgerService(Transactions tx, LedgerStore store, Negotiations negotiations, CheckpointSigner signer) {
        this.tx = tx;
        this.store = store;
        this.negotiations = negotiations;
        this.signer = signer;
    }

    /** A checkpoint of the whole log as it stands, signed with this instance's key. */
    public Checkpoint checkpoint() {
        return tx.read(() -> {
            MerkleTree tree = tree();
            return signer.sign(tree.size(), tree.rootHash(), Instant.now());
        });
    }

    public CheckpointSigner signer() {
        return signer;
    }

    /** A proof that event {@code sequence} is in the log of size {@code treeSize} (0 means the current size). */
    public Outcome<InclusionProof> inclusion(long sequence, long treeSize) {
        return tx.read(() -> {
            long size = treeSize == 0 ? store.size() : treeSize;
            if (size > store.size()) {
                return Outcome.invalid("treeSize", "the log has only " + store.size() + " entries");
            }
            if (sequence < 1 || sequence > size) {
                return Outcome.invalid("sequence", "an event between 1 and " + size);
            }
            return Outcome.done(tree().inclusionProof(sequence - 1, size));
        });
    }

    /** A proof that the log of size {@code to} (0 means the current size) extends the log of size {@code from}. */
    public Outcome<ConsistencyProof> consistency(long from, long to) {
        return tx.read(() -> {
            long size = to == 0 ? store.size() : to;
            if (size > store.size()) {
                return Outcome.invalid("to", "the log has only " + store.size() + " entries");
            }
            if (from < 1 || from > size) {
                return Outcome.invalid("from", "a size between 1 and " + size);
            }
            return Outcome.done(tree().consistencyProof(from, size));
        });
    }

    /** The stored event, when the viewer may see the record it changed; its leaf can then be recomputed. */
    public Optional<LedgerEntry> entry(long sequence, Viewer viewer) {
        return tx.read(() -> {
            if (sequence < 1 || sequence > store.size()) {
                return Optional.<LedgerEntry>empty();
            }
            LedgerEntry entry = store.entries(sequence, sequence).get(0);
            return mayRead(viewer, entry.event()) ? Optional.of(entry) : Optional.<LedgerEntry>empty();
        });
    }

    private boolean mayRead(Viewer viewer, LedgerEvent event) {
        NegotiationId negotiation = NegotiationId.of(event.negotiationId());
        if (negotiations.find(negotiation, viewer).isEmpty()) {
            return false;
        }
        return Change.MEMBERS.equals(event.audience()) || AccessPolicy.canSee(viewer, negotiation, Audience.parse(event.audience()));
    }

    public long size() {
        return tx.read(store::size);
    }

    /**
     * The tree of the whole log, from the leaves already known plus those appended since. Called in
     * a transaction; a log that has shrunk (a test database reset under a running service) is
     * read again from the start.
     */
    private MerkleTree tree() {
        long size = store.size();
        synchronized (knownLeaves) {
            if (knownLeaves.size() > size) {
                knownLeaves.clear();
                completeSubtrees.clear();
            }
            if (knownLeaves.size() < size) {
                knownLeaves.addAll(store.leafHashes(knownLeaves.size() + 1L, size));
            }
            return MerkleTree.ofLog(knownLeaves.subList(0, (int) size), completeSubtrees);
        }
    }
}
