package vn.sochibo.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The random key the branch database file is encrypted with (H2's {@code CIPHER=AES} format, written through
 * {@link AesFilePath}). It is never stored as is:
 * {@link KeyFile} keeps it wrapped by the clerk's password and, separately, by the recovery code. Changing the
 * password re-wraps this key; the database file is not rewritten.
 */
public final class DatabaseKey {

    static final int LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;

    DatabaseKey(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("key length " + bytes.length);
        }
        this.bytes = bytes.clone();
    }

    /** A fresh random key. */
    public static DatabaseKey generate() {
        byte[] b = new byte[LENGTH];
        RANDOM.nextBytes(b);
        return new DatabaseKey(b);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The H2 file password for this key (what {@code CIPHER=AES} would take before the space of the JDBC password;
     * {@link AesFilePath} derives the same AES key from it). H2 derives its AES key from it with few iterations,
     * which is fine here because the input is 256 random bits, not a human password.
     */
    String filePassword() {
        return HexFormat.of().formatHex(bytes);
    }

    /** A short public name of the key (not secret): tells whether a backup was made with this same key. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(Arrays.copyOf(digest, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatabaseKey other && MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return fingerprint().hashCode();
    }

    @Override
    public String toString() {
        return "DatabaseKey[" + fingerprint() + "]";
    }
}
