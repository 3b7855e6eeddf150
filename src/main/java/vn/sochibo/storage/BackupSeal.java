package vn.sochibo.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What makes a backup trustworthy: a MAC (HMAC-SHA256) over its whole manifest, which names the SHA-256 of the
 * stored data, and for an encrypted register the data encrypted with AES-256-CTR (encrypt-then-MAC). The keys
 * come from the register's database key, so only someone holding that key can make or alter such a backup.
 * <p>
 * A register without a password has no key to share: its backups are signed with this computer's own signing
 * key ({@code backup-signing.key}, random, private to the data folder). A backup made elsewhere without a password
 * cannot be told genuine: it still restores as data only, and the preview says so.
 */
final class BackupSeal {

    static final String SIGNING_FILE = "backup-signing.key";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Who can vouch for a backup. */
    enum Signer {
        /** The database key of an encrypted register. */
        KEY,
        /** This computer's signing key (a register without a password). */
        LOCAL
    }

    private final Signer signer;
    private final byte[] macKey;
    private final byte[] encKey; // null: the data is not encrypted
    private final String id;

    private BackupSeal(Signer signer, byte[] secret, boolean encrypt) {
        this.signer = signer;
        this.macKey = derive(secret, "sochibo backup mac 2");
        this.encKey = encrypt ? derive(secret, "sochibo backup aes 2") : null;
        this.id = HexFormat.of().formatHex(derive(secret, "sochibo backup id 2"), 0, 8);
    }

    /** The seal of an encrypted register's backups: encrypted and authenticated with its database key. */
    static BackupSeal of(DatabaseKey key) {
        return new BackupSeal(Signer.KEY, key.bytes(), true);
    }

    /** The seal of a plain register's backups on this computer (the signing key is made on first use). */
    static BackupSeal local(Path dataFolder) {
        return new BackupSeal(Signer.LOCAL, signingKey(dataFolder, true), false);
    }

    /** This computer's seal, or null when it has never signed a backup. */
    static BackupSeal localIfAny(Path dataFolder) {
        byte[] secret = signingKey(dataFolder, false);
        return secret == null ? null : new BackupSeal(Signer.LOCAL, secret, false);
    }

    Signer signer() {
        return signer;
    }

    /** A public name of the signing key (not secret): tells which key a backup needs. */
    String id() {
        return id;
    }

    boolean encrypts() {
        return encKey != null;
    }

    static byte[] newIv() {
        byte[] iv = new byte[16];
        RANDOM.nextBytes(iv);
        return iv;
    }

    OutputStream encrypt(OutputStream out, byte[] iv) {
        return new CipherOutputStream(out, cipher(Cipher.ENCRYPT_MODE, iv));
    }

    InputStream decrypt(InputStream in, byte[] iv) {
        return new CipherInputStream(in, cipher(Cipher.DECRYPT_MODE, iv));
    }

    /** The MAC of a manifest: every entry but {@code mac} itself, sorted, one {@code key=value} a line. */
    String mac(Map<String, String> manifest) {
        StringBuilder canonical = new StringBuilder("sochibo-backup-manifest\n");
        new TreeMap<>(manifest).forEach((k, v) -> {
            if (!"mac".equals(k)) {
                canonical.append(k).append('=').append(v).append('\n');
            }
        });
        return HexFormat.of().formatHex(hmac(macKey, canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** True when {@code manifest} carries a MAC made with this seal (compared in constant time). */
    boolean verifies(Map<String, String> manifest) {
        String given = manifest.get("mac");
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
                mac(manifest).getBytes(StandardCharsets.US_ASCII));
    }

    private Cipher cipher(int mode, byte[] iv) {
        try {
            Cipher c = Cipher.getInstance("AES/CTR/NoPadding");
            c.init(mode, new SecretKeySpec(encKey, "AES"), new IvParameterSpec(iv));
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] derive(byte[] secret, String purpose) {
        return hmac(secret, purpose.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized byte[] signingKey(Path dataFolder, boolean create) {
        Path file = dataFolder.resolve(SIGNING_FILE);
        try {
            if (Files.exists(file)) {
                byte[] secret = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
                if (secret.length == 32) {
                    return secret;
                }
                if (!create) {
                    return null;
                }
            }
            if (!create) {
                return null;
            }
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            Files.createDirectories(dataFolder);
            Path temp = file.resolveSibling(SIGNING_FILE + ".tmp");
            Files.deleteIfExists(temp);
            FileModes.createPrivateFile(temp);
            Files.writeString(temp, Base64.getEncoder().encodeToString(secret), StandardCharsets.US_ASCII);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return secret;
        } catch (IOException | IllegalArgumentException e) {
            throw new StorageException("backup.error.signingKey", e, file.toString());
        }
    }
}
