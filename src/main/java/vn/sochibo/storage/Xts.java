package vn.sochibo.storage;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-128 in XTS mode over 4096-byte sectors, laid out exactly as H2's {@code CIPHER=AES} file encryption lays
 * out its blocks (H2 2.4's {@code org.h2.store.fs.encrypt.XTS}), but with the JDK's AES, which uses the
 * processor's AES instructions where H2's runs a pure-Java AES. The layout:
 * <ul>
 *   <li>one AES-128 key encrypts both the data and the tweak;</li>
 *   <li>the tweak of sector {@code n} is AES(n), n written as 16 bytes, least significant first;</li>
 *   <li>each following 16-byte unit of the sector uses the previous tweak multiplied by x in GF(2<sup>128</sup>),
 *       the 16 bytes read as a little-endian number: shifted left by one bit, 0x87 folded into the lowest byte
 *       when the top bit falls out;</li>
 *   <li>unit i: C = AES(P xor T<sub>i</sub>) xor T<sub>i</sub>. Sectors are always whole, so there is no
 *       ciphertext stealing.</li>
 * </ul>
 * A whole run of sectors is done at once: the tweaks of every sector in one ECB call, the data XORed with the
 * tweak stream, one ECB call over the whole buffer, XORed again. Thread-safe: a {@link Cipher} is not, so each
 * call borrows a pair from a small pool.
 */
final class Xts {

    /** The sector (H2's block) size. */
    static final int SECTOR = 4096;
    private static final int UNIT = 16;
    private static final long FEEDBACK = 0x87;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final SecretKeySpec key;
    private final ConcurrentLinkedQueue<Cipher[]> idle = new ConcurrentLinkedQueue<>();

    /** @param key the 16-byte AES key (H2's PBKDF2 of the file password and the file's salt); copied */
    Xts(byte[] key) {
        if (key.length != 16) {
            throw new IllegalArgumentException("AES-128 key expected");
        }
        this.key = new SecretKeySpec(key, "AES");
        borrowAndReturn(); // fails here, not on the first read, if the JDK has no AES
    }

    /** Encrypts {@code len} bytes (whole sectors) of {@code data} at {@code off} in place, the first being sector {@code first}. */
    void encrypt(long first, byte[] data, int off, int len) {
        crypt(true, first, data, off, len);
    }

    /** Decrypts {@code len} bytes (whole sectors) of {@code data} at {@code off} in place, the first being sector {@code first}. */
    void decrypt(long first, byte[] data, int off, int len) {
        crypt(false, first, data, off, len);
    }

    private void crypt(boolean encrypt, long first, byte[] data, int off, int len) {
        if (len % SECTOR != 0 || first < 0) {
            throw new IllegalArgumentException("whole sectors expected: " + len + " at sector " + first);
        }
        int sectors = len / SECTOR;
        if (sectors == 0) {
            return;
        }
        Cipher[] pair = borrow();
        try {
            byte[] tweaks = new byte[sectors * UNIT];
            for (int s = 0; s < sectors; s++) {
                LONGS.set(tweaks, s * UNIT, first + s); // bytes 8..15 stay zero: a sector number is below 2^63
            }
            pair[0].doFinal(tweaks, 0, tweaks.length, tweaks, 0);
            xorTweaks(tweaks, sectors, data, off);
            (encrypt ? pair[0] : pair[1]).doFinal(data, off, len, data, off);
            xorTweaks(tweaks, sectors, data, off);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES failed", e); // cannot happen with whole 16-byte units
        } finally {
            idle.offer(pair);
        }
    }

    /** XORs each 16-byte unit of the sectors with its tweak: the sector's first tweak, doubled for each next unit. */
    private static void xorTweaks(byte[] tweaks, int sectors, byte[] data, int off) {
        for (int s = 0; s < sectors; s++) {
            long lo = (long) LONGS.get(tweaks, s * UNIT);
            long hi = (long) LONGS.get(tweaks, s * UNIT + 8);
            int end = off + (s + 1) * SECTOR;
            for (int p = off + s * SECTOR; p < end; p += UNIT) {
                LONGS.set(data, p, (long) LONGS.get(data, p) ^ lo);
                LONGS.set(data, p + 8, (long) LONGS.get(data, p + 8) ^ hi);
                long carry = (hi >> 63) & FEEDBACK; // the bit shifted out of the top, folded back in
                hi = (hi << 1) | (lo >>> 63);
                lo = (lo << 1) ^ carry;
            }
        }
    }

    private Cipher[] borrow() {
        Cipher[] pair = idle.poll();
        if (pair != null) {
            return pair;
        }
        try {
            Cipher enc = Cipher.getInstance("AES/ECB/NoPadding");
            enc.init(Cipher.ENCRYPT_MODE, key);
            Cipher dec = Cipher.getInstance("AES/ECB/NoPadding");
            dec.init(Cipher.DECRYPT_MODE, key);
            return new Cipher[] {enc, dec};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/ECB/NoPadding is not available", e);
        }
    }

    private void borrowAndReturn() {
        idle.offer(borrow());
    }
}
