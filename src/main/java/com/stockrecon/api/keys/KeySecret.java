package com.stockrecon.api.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of an API key: {@code scm_} and 48 lowercase hex characters (192 random bits), stored
 * only as its SHA-256 (a random 192-bit secret needs no slow password hash), shown by its first 12
 * characters.
 */
public final class KeySecret {

    public static final String SCHEME = "scm_";
    public static final int PREFIX_LENGTH = 12;
    private static final int RANDOM_BYTES = 24;
    private static final Pattern FORMAT = Pattern.compile("scm_[0-9a-f]{48}");
    private static final Pattern PREFIX = Pattern.compile("scm_[0-9a-f]{8}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeySecret() {
    }

    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return SCHEME + HexFormat.of().formatHex(bytes);
    }

    public static boolean isWellFormed(String secret) {
        return secret != null && FORMAT.matcher(secret).matches();
    }

    /** The visible part, or null when {@code text} does not start like a key (nothing of it is kept then). */
    public static String prefixOf(String text) {
        if (text == null || text.length() < PREFIX_LENGTH) {
            return null;
        }
        String prefix = text.substring(0, PREFIX_LENGTH);
        return PREFIX.matcher(prefix).matches() ? prefix : null;
    }

    public static String hash(String secret) {
        return HexFormat.of().formatHex(sha256(secret.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Compares two hashes in time that does not depend on where they differ. */
    public static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
