package org.parley.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A hash in a Merkle tree as RFC 9162 §2.1 defines it: leaves are SHA-256(0x00 ‖ data), inner
 * nodes SHA-256(0x01 ‖ left ‖ right).
 *
 * <p>Hashes computed here are always 32 bytes. Hashes received from outside (in a proof or a
 * checkpoint) are kept as given, whatever their length, so that a malformed one is refused by
 * the verification that meets it rather than lost in decoding.
 */
public record MerkleHash(byte[] bytes) {

    /** The root of the tree with no leaves: SHA-256 of the empty string. */
    public static final MerkleHash EMPTY_TREE = new MerkleHash(sha256(new byte[0]));

    /** The length in bytes of a SHA-256 hash. */
    public static final int LENGTH = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    public MerkleHash {
        if (bytes == null) {
            throw new IllegalArgumentException("a hash needs bytes");
        }
        bytes = bytes.clone();
    }

    /** The hash of one leaf: SHA-256(0x00 ‖ data). */
    public static MerkleHash ofLeaf(byte[] data) {
        return new MerkleHash(sha256(new byte[] {LEAF_PREFIX}, data));
    }

    /** The hash of an inner node: SHA-256(0x01 ‖ left ‖ right). */
    public static MerkleHash ofNode(MerkleHash left, MerkleHash right) {
        return new MerkleHash(sha256(new byte[] {NODE_PREFIX}, left.bytes, right.bytes));
    }

    public static MerkleHash fromBase64(String text) {
        return new MerkleHash(Base64.getDecoder().decode(text));
    }

    public static MerkleHash fromHex(String text) {
        return new MerkleHash(HexFormat.of().parseHex(text));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MerkleHash hash && MessageDigest.isEqual(bytes, hash.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }

    static byte[] sha256(byte[]... parts) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }
}
