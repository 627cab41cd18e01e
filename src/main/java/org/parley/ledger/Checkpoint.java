package org.parley.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A signed statement of the log's head: its size and root hash at a moment, signed with
 * Ed25519. A party keeps one as a text file and later checks that the log only grew from it.
 *
 * <p>The text form is six lines, each ended by a line feed; the first five are what is signed:
 * <pre>
 * parley-checkpoint/1
 * key 1f2e3d4c5b6a7988
 * size 42
 * root &lt;root hash, base64&gt;
 * time 2025-11-29T14:10:00Z
 * signature &lt;Ed25519 signature, base64&gt;
 * </pre>
 */
public record Checkpoint(long treeSize, MerkleHash rootHash, Instant timestamp, byte[] signature, String keyId) {

    static final String HEADER = "parley-checkpoint/1";

    private static final List<Line> LINES = List.of(
            new Line("key", "a key id of 16 lower-case hex digits", value -> value.matches("[0-9a-f]{16}")),
            new Line("size", "a tree size in decimal", value -> value.matches("0|[1-9][0-9]{0,17}")),
            new Line("root", "a root hash in base64", Checkpoint::isBase64),
            new Line("time", "a UTC time such as 2025-11-29T14:10:00Z", Checkpoint::isInstant),
            new Line("signature", "a signature in base64", Checkpoint::isBase64));

    public Checkpoint {
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size must not be negative: " + treeSize);
        }
        if (rootHash == null || timestamp == null || signature == null) {
            throw new IllegalArgumentException("a checkpoint needs a root hash, a timestamp and a signature");
        }
        if (keyId == null || !keyId.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("a key id is 16 lower-case hex digits: " + keyId);
        }
        signature = signature.clone();
    }

    /** The checkpoint in the text form shown on this type. */
    public String toText() {
        return signedText(treeSize, rootHash, timestamp, keyId)
                + "signature " + Base64.getEncoder().encodeToString(signature) + "\n";
    }

    /** Reads the text form; a malformed text comes back as the first line that is wrong. */
    public static Parsed parse(String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return new Parsed.Malformed(1, "the line '" + HEADER + "'");
        }
        String[] values = new String[LINES.size()];
        for (int i = 0; i < LINES.size(); i++) {
            Line line = LINES.get(i);
            int lineNumber = i + 2;
            String prefix = line.label() + " ";
            if (lines.size() < lineNumber || !lines.get(lineNumber - 1).startsWith(prefix)) {
                return new Parsed.Malformed(lineNumber, "a line '" + prefix + "…'");
            }
            values[i] = lines.get(lineNumber - 1).substring(prefix.length());
            if (!line.accepts().test(values[i])) {
                return new Parsed.Malformed(lineNumber, line.expected());
            }
        }
        if (lines.size() > LINES.size() + 1) {
            return new Parsed.Malformed(LINES.size() + 2, "the end of the checkpoint");
        }
        Base64.Decoder base64 = Base64.getDecoder();
        return new Parsed.Read(new Checkpoint(Long.parseLong(values[1]), new MerkleHash(base64.decode(values[2])),
                Instant.parse(values[3]), base64.decode(values[4]), values[0]));
    }

    private static boolean isBase64(String value) {
        try {
            Base64.getDecoder().decode(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isInstant(String value) {
        try {
            Instant.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Checks that {@code key} signed this checkpoint, as named by its key id. */
    public Verdict verify(PublicKey key) {
        String expectedKeyId = keyIdOf(key);
        if (!expectedKeyId.equals(keyId)) {
            return Verdict.refused("signed by key " + keyId + ", not by the trusted key " + expectedKeyId);
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(signedText(treeSize, rootHash, timestamp, keyId).getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature)
                    ? Verdict.accepted()
                    : Verdict.refused("the signature does not match the checkpoint's contents");
        } catch (InvalidKeyException e) {
            return Verdict.refused("the trusted key is not an Ed25519 key");
        } catch (SignatureException e) {
            return Verdict.refused("the signature is malformed");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime lacks Ed25519", e);
        }
    }

    /** The key id of an Ed25519 public key: the first 8 bytes of SHA-256 of its X.509 encoding, in hex. */
    public static String keyIdOf(PublicKey key) {
        return new MerkleHash(MerkleHash.sha256(key.getEncoded())).hex().substring(0, 16);
    }

    static String signedText(long treeSize, MerkleHash rootHash, Instant timestamp, String keyId) {
        return HEADER + "\n"
                + "key " + keyId + "\n"
                + "size " + treeSize + "\n"
                + "root " + rootHash.base64() + "\n"
                + "time " + timestamp + "\n";
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that
                && treeSize == that.treeSize
                && rootHash.equals(that.rootHash)
                && timestamp.equals(that.timestamp)
                && MessageDigest.isEqual(signature, that.signature)
                && keyId.equals(that.keyId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(treeSize, rootHash, timestamp, Arrays.hashCode(signature), keyId);
    }

    @Override
    public String toString() {
        return "Checkpoint[size=" + treeSize + ", root=" + rootHash + ", time=" + timestamp + ", key=" + keyId + "]";
    }

    /** One labelled line of the text form after the header, and what its value must look like. */
    private record Line(String label, String expected, Predicate<String> accepts) {}

    /** What reading a checkpoint's text gives: the checkpoint, or where the text went wrong. */
    public sealed interface Parsed {

        /** The text was a well-formed checkpoint (its signature is not yet checked). */
        record Read(Checkpoint checkpoint) implements Parsed {}

        /** The text is not a checkpoint: {@code line} (from 1) is where {@code expected} was missing. */
        record Malformed(int line, String expected) implements Parsed {}
    }
}
