package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.fixtures.ApiServer.RIVER;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.fixtures.ApiServer;
import org.parley.ledger.Checkpoint;
import org.parley.ledger.ConsistencyProof;
import org.parley.ledger.InclusionProof;
import org.parley.ledger.MerkleHash;

/** The ledger over HTTP: checkpoints a party can check, proofs that verify, events only for their readers. */
class LedgerApiTest {
    private static final String LOWMARK = RIVER + ":lowmark";
    private static final String KESTRIA = RIVER + ":kestria";

    @RegisterExtension
    static final ApiServer api = ApiServer.withDemo();

    private long sequenceOf(String subject) {
        return api.workbench().database().read(() -> api.workbench().database().handle()
                .createQuery("SELECT seq FROM ledger_entry WHERE subject_id = :s").bind("s", subject).mapTo(Long.class).one());
    }

    private static Checkpoint checkpoint() {
        return ((Checkpoint.Parsed.Read) Checkpoint.parse(api.get("/api/ledger/checkpoint").json().path("text").asText())).checkpoint();
    }

    private static List<MerkleHash> path(JsonNode proof) {
        List<MerkleHash> hashes = new ArrayList<>();
        proof.path("path").forEach(h -> hashes.add(MerkleHash.fromHex(h.asText())));
        return hashes;
    }

    @Test
    void checkpoint_isSignedByThePublishedKey() throws Exception {
        byte[] encoded = Base64.getDecoder().decode(api.get("/api/ledger/key").json().path("publicKey").asText());
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));

        Checkpoint checkpoint = checkpoint();

        assertThat(checkpoint.verify(key).isAccepted()).isTrue();
        assertThat(checkpoint.treeSize()).isGreaterThan(200);
    }

    @Test
    void entry_ofTheSideChannelIsReadByKestriaOnly() {
        long seq = sequenceOf("side-d2-4-kestria");

        assertThat(api.get("/api/ledger/entries/" + seq, KESTRIA).body()).contains("side-d2-4-kestria");
        assertThat(api.get("/api/ledger/entries/" + seq, LOWMARK).status()).isEqualTo(404);
        assertThat(api.get("/api/ledger/entries/" + seq, LOWMARK).body()).doesNotContain("side-d2-4-kestria", "kestria,mediator");
        assertThat(api.get("/api/ledger/entries/" + seq).status()).isEqualTo(404);
    }

    @Test
    void inclusionProof_verifiesTheEventAgainstTheCheckpoint() {
        long seq = sequenceOf("side-d2-4-kestria");
        Checkpoint checkpoint = checkpoint();
        MerkleHash leaf = MerkleHash.fromHex(api.get("/api/ledger/entries/" + seq, KESTRIA).json().path("leafHash").asText());

        JsonNode proof = api.get("/api/ledger/proofs/inclusion?sequence=" + seq + "&treeSize=" + checkpoint.treeSize(), LOWMARK).json();

        assertThat(new InclusionProof(seq - 1, checkpoint.treeSize(), path(proof)).verify(leaf, checkpoint.rootHash()).isAccepted())
                .isTrue();
        assertThat(proof.toString()).doesNotContain("kestria", "payload");
    }

    @Test
    void consistencyProof_showsTheLogOnlyGrew() {
        Checkpoint before = checkpoint();
        assertThat(api.post("/api/negotiations/" + RIVER + "/statements", """
                {"speakerId": "jonas-veil", "words": "We are close.", "saidOn": "2024-10-01", "audience": {"public": false, "parties": ["kestria"]}}""",
                KESTRIA).status()).isEqualTo(201);
        Checkpoint after = checkpoint();

        JsonNode proof = api.get("/api/ledger/proofs/consistency?from=" + before.treeSize() + "&to=" + after.treeSize()).json();

        assertThat(new ConsistencyProof(before.treeSize(), after.treeSize(), path(proof)).verify(before.rootHash(), after.rootHash())
                .isAccepted()).isTrue();
    }

    @Test
    void proofs_refuseBadNumbersWithAProblem() {
        assertThat(api.get("/api/ledger/proofs/inclusion?sequence=abc").status()).isEqualTo(400);
        assertThat(api.get("/api/ledger/proofs/inclusion").status()).isEqualTo(400);
        assertThat(api.get("/api/ledger/proofs/inclusion?sequence=0").status()).isEqualTo(400);
        assertThat(api.get("/api/ledger/proofs/consistency?from=1&to=99999999").status()).isEqualTo(400);
        assertThat(api.get("/api/ledger/entries/x").status()).isEqualTo(400);
        assertThat(api.get("/api/ledger/entries/99999999").status()).isEqualTo(404);
    }
}
