package org.parley.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * Evidence that the tree of {@code firstSize} leaves is a prefix of the tree of
 * {@code secondSize} leaves: the consistency path of RFC 9162 §2.1.4.
 *
 * <p>Equal sizes need an empty path and equal roots. A first size of zero is refused, as RFC
 * 9162 defines proofs only for {@code 0 < first}; every tree extends the empty one anyway.
 */
public record ConsistencyProof(long firstSize, long secondSize, List<MerkleHash> path) {

    public ConsistencyProof {
        if (firstSize < 0 || secondSize < 0) {
            throw new IllegalArgumentException(
                    "tree sizes must not be negative: " + firstSize + ", " + secondSize);
        }
        path = List.copyOf(path);
    }

    /**
     * Checks that {@code firstRoot}, the root at {@code firstSize}, and {@code secondRoot}, the
     * root at {@code secondSize}, belong to one append-only log (RFC 9162 §2.1.4.2).
     */
    public Verdict verify(MerkleHash firstRoot, MerkleHash secondRoot) {
        if (firstSize > secondSize) {
            return Verdict.refused("the first tree (" + firstSize + ") is larger than the second ("
                    + secondSize + ")");
        }
        if (firstSize == 0) {
            return Verdict.refused("a proof from the empty tree proves nothing");
        }
        if (firstSize == secondSize) {
            if (!path.isEmpty()) {
                return Verdict.refused("trees of equal size need an empty path");
            }
            return firstRoot.equals(secondRoot)
                    ? Verdict.accepted()
                    : Verdict.refused("trees of equal size have different roots");
        }
        if (path.isEmpty()) {
            return Verdict.refused("the path is empty");
        }
        List<MerkleHash> steps = new ArrayList<>(path.size() + 1);
        if (Long.bitCount(firstSize) == 1) {
            steps.add(firstRoot);
        }
        steps.addAll(path);
        long fn = firstSize - 1;
        long sn = secondSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        MerkleHash fr = steps.get(0);
        MerkleHash sr = steps.get(0);
        for (MerkleHash c : steps.subList(1, steps.size())) {
            if (sn == 0) {
                return Verdict.refused("the path is longer than the trees are deep");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHash.ofNode(c, fr);
                sr = MerkleHash.ofNode(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHash.ofNode(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            return Verdict.refused("the path is shorter than the trees are deep");
        }
        if (!fr.equals(firstRoot)) {
            return Verdict.refused("the path rebuilds first root " + fr + ", not " + firstRoot);
        }
        if (!sr.equals(secondRoot)) {
            return Verdict.refused("the path rebuilds second root " + sr + ", not " + secondRoot);
        }
        return Verdict.accepted();
    }
}
