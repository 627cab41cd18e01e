package org.parley.ledger;

import java.util.List;

/**
 * Evidence that the leaf at {@code leafIndex} belongs to the tree of {@code treeSize} leaves:
 * the audit path of RFC 9162 §2.1.3, nearest sibling first.
 */
public record InclusionProof(long leafIndex, long treeSize, List<MerkleHash> path) {

    public InclusionProof {
        if (leafIndex < 0 || treeSize < 0) {
            throw new IllegalArgumentException(
                    "leaf index and tree size must not be negative: " + leafIndex + ", " + treeSize);
        }
        path = List.copyOf(path);
    }

    /**
     * Checks that {@code leafHash} sits at {@code leafIndex} in the tree whose root is
     * {@code rootHash}, following RFC 9162 §2.1.3.2 step by step.
     */
    public Verdict verify(MerkleHash leafHash, MerkleHash rootHash) {
        if (leafIndex >= treeSize) {
            return Verdict.refused("leaf index " + leafIndex + " is outside a tree of " + treeSize);
        }
        if (leafHash.length() != MerkleHash.LENGTH) {
            return Verdict.refused("a leaf hash is " + MerkleHash.LENGTH + " bytes, not " + leafHash.length());
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        MerkleHash r = leafHash;
        for (MerkleHash p : path) {
            if (sn == 0) {
                return Verdict.refused("the path is longer than the tree is deep");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHash.ofNode(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleHash.ofNode(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            return Verdict.refused("the path is shorter than the tree is deep");
        }
        if (!r.equals(rootHash)) {
            return Verdict.refused("the path leads to root " + r + ", not " + rootHash);
        }
        return Verdict.accepted();
    }
}
