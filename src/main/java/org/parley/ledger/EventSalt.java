package org.parley.ledger;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/** The random bytes mixed into an event's leaf so that the tree reveals nothing about the event. */
public record EventSalt(byte[] bytes) {

    public static final int LENGTH = 32;

    public EventSalt {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("a salt is " + LENGTH + " bytes");
        }
        bytes = bytes.clone();
    }

    public static EventSalt random(SecureRandom random) {
        byte[] bytes = new byte[LENGTH];
        random.nextBytes(bytes);
        return new EventSalt(bytes);
    }

    public static EventSalt fromHex(String text) {
        return new EventSalt(HexFormat.of().parseHex(text));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventSalt salt && MessageDigest.isEqual(bytes, salt.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "EventSalt[" + hex() + "]";
    }
}
