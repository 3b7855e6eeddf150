package vn.sochibo.storage;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key file next to an encrypted database ({@code sochibo.key}): the random {@link DatabaseKey} wrapped twice,
 * once by a key derived from the password and once by a key derived from the recovery code (PBKDF2-HMAC-SHA256,
 * a random salt per slot, AES-GCM). It holds no secret in readable form; losing it with the password and the
 * recovery code means the data cannot be opened, which is the point. Backups carry a copy of it.
 */
public final class KeyFile {

    /** PBKDF2 iterations for new key files (OWASP's figure for PBKDF2-HMAC-SHA256). */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    private static final String FORMAT = "sochibo-key-1";
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final int SALT = 16;
    private static final int IV = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> values;

    private KeyFile(Map<String, String> values) {
        this.values = Map.copyOf(values);
        if (!FORMAT.equals(values.get("format")) || !values.containsKey("password.wrapped")
                || !values.containsKey("recovery.wrapped") || !values.containsKey("iterations")) {
            throw new StorageException("security.error.keyFileDamaged", null);
        }
    }

    /** A key file for {@code key}, openable with {@code password} and with {@code recoveryCode}. */
    public static KeyFile create(DatabaseKey key, String password, String recoveryCode) {
        return create(key, password, recoveryCode, DEFAULT_ITERATIONS);
    }

    /** As {@link #create(DatabaseKey, String, String)} with a chosen iteration count (tests use fewer). */
    public static KeyFile create(DatabaseKey key, String password, String recoveryCode, int iterations) {
        String code = RecoveryCode.normalise(recoveryCode);
        if (code == null) {
            throw new IllegalArgumentException("not a recovery code");
        }
        Map<String, String> v = new TreeMap<>();
        v.put("format", FORMAT);
        v.put("kdf", KDF);
        v.put("iterations", Integer.toString(iterations));
        v.put("fingerprint", key.fingerprint());
        wrapInto(v, "password", key, password, iterations);
        wrapInto(v, "recovery", key, code, iterations);
        return new KeyFile(v);
    }

    /** The key file of a data folder, or null when the data is not encrypted. */
    public static KeyFile find(DataLocation location) {
        Path file = location.keyFile();
        return Files.exists(file) ? read(file) : null;
    }

    public static KeyFile read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new StorageException("security.error.keyFileUnreadable", e, file.toString());
        }
        return fromProperties(p, "");
    }

    /** Reads the entries under {@code prefix} (a backup manifest keeps the key file as {@code key.*}). */
    public static KeyFile fromProperties(Properties p, String prefix) {
        Map<String, String> v = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                v.put(name.substring(prefix.length()), p.getProperty(name));
            }
        }
        return new KeyFile(v);
    }

    /** Writes the entries into {@code p} under {@code prefix}. */
    public void putInto(Properties p, String prefix) {
        values.forEach((k, v) -> p.setProperty(prefix + k, v));
    }

    /** The public fingerprint of the wrapped key. */
    public String fingerprint() {
        return values.get("fingerprint");
    }

    /**
     * Unwraps the database key with the password; a wrong password is a clear error and changes nothing. When
     * the wrong text has the shape of a recovery code (a restore tries a typed secret both ways; a clerk may
     * type the code where the password belongs), the message says so instead of blaming the password: the
     * recovery code in the password field, or neither the password nor the recovery code.
     */
    public DatabaseKey unlock(String password) {
        String typed = password == null ? "" : password;
        try {
            return unwrap("password", typed, "security.error.wrongPassword");
        } catch (StorageException wrong) {
            if (!"security.error.wrongPassword".equals(wrong.messageKey()) || RecoveryCode.normalise(typed) == null) {
                throw wrong;
            }
        }
        try {
            unlockWithRecoveryCode(typed);
        } catch (StorageException notTheCode) {
            if ("security.error.wrongRecoveryCode".equals(notTheCode.messageKey())) {
                throw new StorageException("security.error.wrongPasswordOrCode", null);
            }
            throw notTheCode;
        }
        throw new StorageException("security.error.recoveryCodeAsPassword", null);
    }

    /** Unwraps the database key with the recovery code (typing forgiven, see {@link RecoveryCode#normalise}). */
    public DatabaseKey unlockWithRecoveryCode(String typed) {
        String code = RecoveryCode.normalise(typed);
        if (code == null) {
            throw new StorageException("security.error.wrongRecoveryCode", null);
        }
        return unwrap("recovery", code, "security.error.wrongRecoveryCode");
    }

    /** The same key file with the password slot re-wrapped for {@code newPassword}; the recovery slot is kept. */
    public KeyFile withPassword(DatabaseKey key, String newPassword) {
        if (!key.fingerprint().equals(fingerprint())) {
            throw new IllegalArgumentException("another key");
        }
        Map<String, String> v = new TreeMap<>(values);
        wrapInto(v, "password", key, newPassword, Integer.parseInt(values.get("iterations")));
        return new KeyFile(v);
    }

    /**
     * Writes the key file durably: a temporary file forced to disk, then renamed over the old one. On POSIX the
     * file is readable by the user only (0600, see {@link FileModes}).
     */
    public void write(Path file) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Properties p = new Properties();
        putInto(p, "");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(temp); // left by a crash: recreated below, private from its first byte
            FileModes.createPrivateFile(temp);
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(w, "So Chi bo database key (wrapped; keep with your backups)");
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StorageException("security.error.keyFileWrite", e, file.toString());
        }
    }

    /** Checks a new password: long enough and typed the same twice; returns the message key of the problem or null. */
    public static String passwordProblem(String password, String repeated) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            return "security.password.tooShort";
        }
        if (!password.equals(repeated)) {
            return "security.password.mismatch";
        }
        return null;
    }

    private DatabaseKey unwrap(String slot, String secret, String wrongKey) {
        byte[] salt = Base64.getDecoder().decode(values.get(slot + ".salt"));
        byte[] blob = Base64.getDecoder().decode(values.get(slot + ".wrapped"));
        int iterations = Integer.parseInt(values.get("iterations"));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, derive(secret, salt, iterations), new GCMParameterSpec(128, blob, 0, IV));
            cipher.updateAAD(aad(slot));
            byte[] key = cipher.doFinal(blob, IV, blob.length - IV);
            DatabaseKey unwrapped = new DatabaseKey(key);
            if (!unwrapped.fingerprint().equals(fingerprint())) {
                throw new StorageException("security.error.keyFileDamaged", null);
            }
            return unwrapped;
        } catch (AEADBadTagException e) {
            throw new StorageException(wrongKey, null);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new StorageException("security.error.keyFileDamaged", e);
        }
    }

    private static void wrapInto(Map<String, String> v, String slot, DatabaseKey key, String secret, int iterations) {
        byte[] salt = new byte[SALT];
        byte[] iv = new byte[IV];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, derive(secret, salt, iterations), new GCMParameterSpec(128, iv));
            cipher.updateAAD(aad(slot));
            byte[] wrapped = cipher.doFinal(key.bytes());
            v.put(slot + ".salt", Base64.getEncoder().encodeToString(salt));
            v.put(slot + ".wrapped", Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(IV + wrapped.length).put(iv).put(wrapped).array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] aad(String slot) {
        return (FORMAT + "|" + slot).getBytes(StandardCharsets.UTF_8);
    }

    private static SecretKeySpec derive(String secret, byte[] salt, int iterations) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(java.text.Normalizer.normalize(secret, java.text.Normalizer.Form.NFC).toCharArray(),
                salt, iterations, 256);
        try {
            return new SecretKeySpec(SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded(), "AES");
        } finally {
            spec.clearPassword();
        }
    }
}
