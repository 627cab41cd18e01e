package org.parley.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ledger.LedgerFixtures.NOW;
import static org.parley.ledger.LedgerFixtures.aLedger;
import static org.parley.ledger.LedgerFixtures.aStoreWith;

import org.junit.jupiter.api.Test;

class CheckpointTest {

    private final CheckpointSigner signer = CheckpointSigner.generate();
    private final MerkleHash root = MerkleHash.ofLeaf(new byte[] {42});

    @Test
    void verify_acceptsACheckpointSignedByTheTrustedKey() {
        Checkpoint checkpoint = signer.sign(12, root, NOW);

        assertThat(checkpoint.verify(signer.publicKey()).isAccepted()).isTrue();
        assertThat(checkpoint.keyId()).isEqualTo(signer.keyId());
    }

    @Test
    void verify_refusesAnotherKey() {
        Checkpoint checkpoint = signer.sign(12, root, NOW);

        Verdict verdict = checkpoint.verify(CheckpointSigner.generate().publicKey());

        assertThat(verdict).isInstanceOf(Verdict.Refused.class);
        assertThat(((Verdict.Refused) verdict).reason()).contains("not by the trusted key");
    }

    @Test
    void verify_refusesAnAlteredSize() {
        Checkpoint signed = signer.sign(12, root, NOW);
        Checkpoint altered = new Checkpoint(13, root, NOW, signed.signature(), signed.keyId());

        assertThat(altered.verify(signer.publicKey())).isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void verify_refusesAnAlteredRootOrTime() {
        Checkpoint signed = signer.sign(12, root, NOW);

        assertThat(new Checkpoint(12, MerkleHash.EMPTY_TREE, NOW, signed.signature(), signed.keyId())
                .verify(signer.publicKey())).isInstanceOf(Verdict.Refused.class);
        assertThat(new Checkpoint(12, root, NOW.plusSeconds(1), signed.signature(), signed.keyId())
                .verify(signer.publicKey())).isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void verify_refusesAKeyIdClaimedByAForger() {
        CheckpointSigner forger = CheckpointSigner.generate();
        Checkpoint forged = forger.sign(12, root, NOW);
        Checkpoint relabelled = new Checkpoint(12, root, NOW, forged.signature(), signer.keyId());

        assertThat(relabelled.verify(signer.publicKey())).isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void text_roundTripsAndStillVerifies() {
        Checkpoint checkpoint = signer.sign(12, root, NOW);

        Checkpoint.Parsed parsed = Checkpoint.parse(checkpoint.toText());

        assertThat(parsed).isEqualTo(new Checkpoint.Parsed.Read(checkpoint));
        assertThat(((Checkpoint.Parsed.Read) parsed).checkpoint().verify(signer.publicKey()).isAccepted()).isTrue();
    }

    @Test
    void text_hasTheDocumentedLines() {
        String text = signer.sign(12, root, NOW).toText();

        assertThat(text.lines()).hasSize(6);
        assertThat(text).startsWith("parley-checkpoint/1\nkey " + signer.keyId() + "\nsize 12\nroot "
                + root.base64() + "\ntime 2025-11-29T14:10:00.123456Z\nsignature ");
        assertThat(text).endsWith("\n");
    }

    @Test
    void parse_namesTheFirstWrongLine() {
        String text = signer.sign(12, root, NOW).toText();

        assertThat(Checkpoint.parse("")).isEqualTo(new Checkpoint.Parsed.Malformed(1, "the line 'parley-checkpoint/1'"));
        assertThat(Checkpoint.parse(text.replace("size 12", "size twelve")))
                .isEqualTo(new Checkpoint.Parsed.Malformed(3, "a tree size in decimal"));
        assertThat(Checkpoint.parse(text.replace("time ", "when ")))
                .isEqualTo(new Checkpoint.Parsed.Malformed(5, "a line 'time …'"));
        assertThat(Checkpoint.parse(text.replace("root ", "root !")))
                .isEqualTo(new Checkpoint.Parsed.Malformed(4, "a root hash in base64"));
        assertThat(Checkpoint.parse(text + "extra\n"))
                .isEqualTo(new Checkpoint.Parsed.Malformed(7, "the end of the checkpoint"));
    }

    @Test
    void checkpoints_ofAGrowingLogAreConsistent() {
        InMemoryLedgerStore store = aStoreWith(5);
        Ledger ledger = aLedger(store);
        Checkpoint first = ledger.checkpoint(signer);
        ledger.record("neg-1", "meeting.held", "meeting-moscow", "party:ru,party:us", "witkoff", "{\"hours\":5}");
        ledger.record("neg-1", "statement.made", "statement-1", "public", "zelensky", "{\"words\":\"...\"}");
        Checkpoint second = ledger.checkpoint(signer);

        ConsistencyProof proof = ledger.tree().consistencyProof(first.treeSize(), second.treeSize());

        assertThat(proof.verify(first.rootHash(), second.rootHash()).isAccepted()).isTrue();
        assertThat(proof.verify(second.rootHash(), first.rootHash()).isAccepted()).isFalse();
    }

    @Test
    void inclusionProof_showsAnEventIsInACheckpointedLog() {
        InMemoryLedgerStore store = aStoreWith(9);
        Ledger ledger = aLedger(store);
        Checkpoint checkpoint = ledger.checkpoint(signer);
        LedgerEntry entry = store.rows().get(6);

        InclusionProof proof = ledger.tree().inclusionProof(entry.event().leafIndex(), checkpoint.treeSize());

        assertThat(proof.verify(entry.event().leafHash(), checkpoint.rootHash()).isAccepted()).isTrue();
        assertThat(proof.verify(store.rows().get(5).leafHash(), checkpoint.rootHash()).isAccepted()).isFalse();
    }
}
