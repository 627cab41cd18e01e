package org.parley.negotiation;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/** Rules shared by every typed id: short, URL-safe, and generated at random when not given. */
public final class Ids {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    /** Returns the value when it is a valid id, else throws with the kind of id in the message. */
    public static String require(String kind, String value) {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException(kind + " must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit: " + value);
        }
        return value;
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    /** A fresh random id of 12 characters from an unambiguous alphabet. */
    public static String random() {
        char[] out = new char[12];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}
