package org.parley.ledger;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-derives the ledger from its stored entries: every leaf hash from its event, then the tree
 * and its root; and checks that a saved checkpoint is a prefix of that tree.
 */
public final class LedgerVerifier {

    /** How many entries are read from a store at a time. */
    static final int PAGE_SIZE = 1_000;

    private LedgerVerifier() {}

    /** Verifies every entry of the store, read in pages. */
    public static LedgerReport verify(LedgerStore store) {
        return replay(store).report();
    }

    /** Verifies every entry of the store, then that {@code saved}, signed by {@code key}, is a prefix of it. */
    public static LedgerReport verify(LedgerStore store, Checkpoint saved, PublicKey key) {
        return againstCheckpoint(replay(store), saved, key);
    }

    /** Verifies entries listed in the order they are stored. */
    public static LedgerReport verify(List<LedgerEntry> entries) {
        return replay(entries).report();
    }

    /** Verifies entries listed in stored order, then that {@code saved}, signed by {@code key}, is a prefix of them. */
    public static LedgerReport verify(List<LedgerEntry> entries, Checkpoint saved, PublicKey key) {
        return againstCheckpoint(replay(entries), saved, key);
    }

    private static Replay replay(LedgerStore store) {
        Replay replay = new Replay();
        long size = store.size();
        for (long from = 1; from <= size && replay.problem == null; from += PAGE_SIZE) {
            replay.read(store.entries(from, Math.min(size, from + PAGE_SIZE - 1)));
        }
        if (replay.problem == null && replay.leafHashes.size() < size) {
            replay.problem = new LedgerReport.BadEntry(replay.leafHashes.size() + 1,
                    "missing: the store counts " + size + " entries but holds only " + replay.leafHashes.size());
        }
        return replay;
    }

    private static Replay replay(List<LedgerEntry> entries) {
        Replay replay = new Replay();
        replay.read(entries);
        return replay;
    }

    private static LedgerReport againstCheckpoint(Replay replay, Checkpoint saved, PublicKey key) {
        if (replay.problem != null) {
            return replay.problem;
        }
        if (saved.verify(key) instanceof Verdict.Refused refused) {
            return new LedgerReport.CheckpointRefused(refused.reason());
        }
        long size = replay.leafHashes.size();
        if (saved.treeSize() > size) {
            return new LedgerReport.BadEntry(size + 1, "missing: the checkpoint of " + saved.timestamp() + " covers "
                    + saved.treeSize() + " entries but the log holds only " + size);
        }
        MerkleTree tree = MerkleTree.ofLeafHashes(replay.leafHashes);
        MerkleHash root = tree.rootHash();
        Verdict prefix = saved.treeSize() == 0
                ? emptyPrefix(saved.rootHash())
                : tree.consistencyProof(saved.treeSize(), size).verify(saved.rootHash(), root);
        if (prefix instanceof Verdict.Refused refused) {
            return new LedgerReport.NotAnExtension(saved.treeSize(), "the log was rewritten within the first "
                    + saved.treeSize() + " entries: " + refused.reason());
        }
        return new LedgerReport.Intact(size, root);
    }

    private static Verdict emptyPrefix(MerkleHash checkpointRoot) {
        return checkpointRoot.equals(MerkleHash.EMPTY_TREE)
                ? Verdict.accepted()
                : Verdict.refused("an empty log's root is " + MerkleHash.EMPTY_TREE + ", not " + checkpointRoot);
    }

    /** Replays entries in order, stopping at the first bad one. */
    private static final class Replay {
        private final List<MerkleHash> leafHashes = new ArrayList<>();
        private LedgerReport.BadEntry problem;

        void read(List<LedgerEntry> entries) {
            for (LedgerEntry entry : entries) {
                long expected = leafHashes.size() + 1;
                if (entry.sequence() != expected) {
                    problem = new LedgerReport.BadEntry(expected, "expected entry " + expected
                            + " here but found entry " + entry.sequence() + ": entries were removed or reordered");
                    return;
                }
                MerkleHash recomputed = entry.event().leafHash();
                if (!recomputed.equals(entry.leafHash())) {
                    problem = new LedgerReport.BadEntry(expected, "the event does not match its stored leaf hash "
                            + entry.leafHash() + " (its contents hash to " + recomputed + ")");
                    return;
                }
                leafHashes.add(entry.leafHash());
            }
        }

        LedgerReport report() {
            if (problem != null) {
                return problem;
            }
            return new LedgerReport.Intact(leafHashes.size(), MerkleTree.ofLeafHashes(leafHashes).rootHash());
        }
    }
}
