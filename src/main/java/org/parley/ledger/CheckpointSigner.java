package org.parley.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;

/** Signs checkpoints of the log with one Ed25519 key pair; see {@code store.CheckpointKeyFiles} for keeping it. */
public final class CheckpointSigner {

    private final KeyPair keyPair;
    private final String keyId;

    public CheckpointSigner(KeyPair keyPair) {
        if (!keyPair.getPublic().getAlgorithm().matches("Ed25519|EdDSA")) {
            throw new IllegalArgumentException("checkpoints are signed with Ed25519, not " + keyPair.getPublic().getAlgorithm());
        }
        this.keyPair = keyPair;
        this.keyId = Checkpoint.keyIdOf(keyPair.getPublic());
    }

    /** A signer with a fresh key pair. */
    public static CheckpointSigner generate() {
        try {
            return new CheckpointSigner(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime lacks Ed25519", e);
        }
    }

    public Checkpoint sign(long treeSize, MerkleHash rootHash, Instant timestamp) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keyPair.getPrivate());
            signer.update(Checkpoint.signedText(treeSize, rootHash, timestamp, keyId).getBytes(StandardCharsets.UTF_8));
            return new Checkpoint(treeSize, rootHash, timestamp, signer.sign(), keyId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign with the checkpoint key", e);
        }
    }

    public PublicKey publicKey() {
        return keyPair.getPublic();
    }

    public String keyId() {
        return keyId;
    }
}
