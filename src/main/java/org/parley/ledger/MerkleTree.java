package org.parley.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An append-only Merkle tree over leaf hashes (RFC 9162 §2.1): its head for any prefix, and the
 * inclusion and consistency proofs a log hands out. Immutable. The hashes of complete subtrees
 * (2<sup>k</sup> leaves starting at a multiple of 2<sup>k</sup>) never change as the log grows, so
 * a tree may share a memo of them with the trees of earlier and later sizes of the same log:
 * then a proof costs O(log² n) hashes instead of O(n).
 */
public final class MerkleTree {

    private final List<MerkleHash> leaves;
    private final Map<Long, MerkleHash> completeSubtrees;

    private MerkleTree(List<MerkleHash> leaves, Map<Long, MerkleHash> completeSubtrees) {
        this.leaves = leaves;
        this.completeSubtrees = completeSubtrees;
    }

    /** A tree whose leaves have the given hashes, in order. */
    public static MerkleTree ofLeafHashes(List<MerkleHash> leafHashes) {
        return new MerkleTree(List.copyOf(leafHashes), new ConcurrentHashMap<>());
    }

    /**
     * A tree over a prefix of one append-only log, sharing {@code completeSubtrees} (a thread-safe
     * map) with the other trees of that log; the caller must never pass leaves of another log.
     */
    public static MerkleTree ofLog(List<MerkleHash> leafHashes, Map<Long, MerkleHash> completeSubtrees) {
        return new MerkleTree(List.copyOf(leafHashes), completeSubtrees);
    }

    /** A tree built from raw leaf inputs, each hashed as a leaf. */
    public static MerkleTree ofLeafData(List<byte[]> leafData) {
        return new MerkleTree(leafData.stream().map(MerkleHash::ofLeaf).toList(), new ConcurrentHashMap<>());
    }

    public long size() {
        return leaves.size();
    }

    public MerkleHash leafHash(long index) {
        checkIndex(index, size());
        return leaves.get((int) index);
    }

    /** The Merkle Tree Hash of all leaves. */
    public MerkleHash rootHash() {
        return subtreeHash(0, leaves.size());
    }

    /** The Merkle Tree Hash of the first {@code treeSize} leaves, the root the log had then. */
    public MerkleHash rootHash(long treeSize) {
        checkSize(treeSize);
        return subtreeHash(0, (int) treeSize);
    }

    /** PATH(m, D[n]) of RFC 9162 §2.1.3.1 for leaf {@code leafIndex} in the first {@code treeSize} leaves. */
    public InclusionProof inclusionProof(long leafIndex, long treeSize) {
        checkSize(treeSize);
        checkIndex(leafIndex, treeSize);
        List<MerkleHash> path = new ArrayList<>();
        auditPath((int) leafIndex, 0, (int) treeSize, path);
        return new InclusionProof(leafIndex, treeSize, path);
    }

    /** PROOF(m, D[n]) of RFC 9162 §2.1.4.1 between the first {@code firstSize} and {@code secondSize} leaves. */
    public ConsistencyProof consistencyProof(long firstSize, long secondSize) {
        checkSize(secondSize);
        if (firstSize < 1 || firstSize > secondSize) {
            throw new IllegalArgumentException(
                    "a consistency proof needs 0 < first <= second, got " + firstSize + ", " + secondSize);
        }
        List<MerkleHash> path = new ArrayList<>();
        if (firstSize < secondSize) {
            subproof((int) firstSize, 0, (int) secondSize, true, path);
        }
        return new ConsistencyProof(firstSize, secondSize, path);
    }

    private MerkleHash subtreeHash(int from, int to) {
        int n = to - from;
        if (n == 0) {
            return MerkleHash.EMPTY_TREE;
        }
        if (n == 1) {
            return leaves.get(from);
        }
        boolean complete = Integer.bitCount(n) == 1 && from % n == 0;
        if (!complete) {
            int k = largestPowerOfTwoBelow(n);
            return MerkleHash.ofNode(subtreeHash(from, from + k), subtreeHash(from + k, to));
        }
        long key = (long) from << 6 | Integer.numberOfTrailingZeros(n);
        MerkleHash known = completeSubtrees.get(key);
        if (known == null) {
            int half = n / 2;
            known = MerkleHash.ofNode(subtreeHash(from, from + half), subtreeHash(from + half, to));
            completeSubtrees.put(key, known);
        }
        return known;
    }

    private void auditPath(int m, int from, int to, List<MerkleHash> path) {
        int n = to - from;
        if (n <= 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            auditPath(m, from, from + k, path);
            path.add(subtreeHash(from + k, to));
        } else {
            auditPath(m - k, from + k, to, path);
            path.add(subtreeHash(from, from + k));
        }
    }

    private void subproof(int m, int from, int to, boolean startsAtOldRoot, List<MerkleHash> path) {
        int n = to - from;
        if (m == n) {
            if (!startsAtOldRoot) {
                path.add(subtreeHash(from, to));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, from, from + k, startsAtOldRoot, path);
            path.add(subtreeHash(from + k, to));
        } else {
            subproof(m - k, from + k, to, false, path);
            path.add(subtreeHash(from, from + k));
        }
    }

    private static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private void checkSize(long treeSize) {
        if (treeSize < 0 || treeSize > leaves.size()) {
            throw new IllegalArgumentException(
                    "tree size " + treeSize + " is outside 0.." + leaves.size());
        }
    }

    private static void checkIndex(long index, long treeSize) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException(
                    "leaf index " + index + " is outside a tree of " + treeSize);
        }
    }
}
