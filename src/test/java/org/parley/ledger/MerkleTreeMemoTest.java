package org.parley.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Trees of a growing log that share their complete subtrees give the same heads and proofs as trees built afresh. */
class MerkleTreeMemoTest {

    @Test
    void treesSharingAMemo_agreeWithFreshTreesAtEverySize() {
        Map<Long, MerkleHash> memo = new ConcurrentHashMap<>();
        List<MerkleHash> leaves = new ArrayList<>();
        for (int size = 1; size <= 130; size++) {
            leaves.add(MerkleHash.ofLeaf(("event " + size).getBytes(StandardCharsets.UTF_8)));
            MerkleTree shared = MerkleTree.ofLog(leaves, memo);
            MerkleTree fresh = MerkleTree.ofLeafHashes(leaves);

            assertThat(shared.rootHash()).as("root at %d", size).isEqualTo(fresh.rootHash());
            for (int leaf = 0; leaf < size; leaf += 7) {
                assertThat(shared.inclusionProof(leaf, size).path()).isEqualTo(fresh.inclusionProof(leaf, size).path());
            }
            for (int first = 1; first <= size; first += 5) {
                assertThat(shared.consistencyProof(first, size).path()).isEqualTo(fresh.consistencyProof(first, size).path());
            }
        }
        assertThat(memo).as("complete subtrees were remembered").hasSizeGreaterThan(100);
    }
}
