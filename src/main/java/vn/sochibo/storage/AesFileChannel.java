package vn.sochibo.storage;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

import org.h2.security.SHA256;
import org.h2.store.fs.FileBaseDefault;

/**
 * One file in H2's {@code CIPHER=AES} format, read and written through {@link Xts} (the JDK's AES). The format, as
 * H2 2.4's {@code FileEncrypt} writes it, so that either program opens the other's files:
 * <ul>
 *   <li>a 4096-byte header: {@code "H2encrypt\n"}, an 8-byte random salt, zeros;</li>
 *   <li>then the content in 4096-byte sectors, sector {@code n} of the content at {@code 4096 * (n + 1)} of the
 *       file, each encrypted with the AES-128 key PBKDF2-HMAC-SHA256(password bytes, salt, 10 iterations);</li>
 *   <li>a content length that is not a whole number of sectors is told by the file's length: the last sector
 *       whole, then as many extra bytes as the last sector holds of content.</li>
 * </ul>
 * Nothing is read or written before the first use, so that H2 can lock the file first (as with its own). Reads
 * may run on several threads at once; writes come from H2's single store writer.
 */
final class AesFileChannel extends FileBaseDefault {

    private static final int SECTOR = Xts.SECTOR;
    private static final int HEADER_LENGTH = SECTOR;
    private static final byte[] MAGIC = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SALT_LENGTH = 8;
    private static final int ITERATIONS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String name;
    private final FileChannel base;
    private final Runnable closed;
    private byte[] password;
    private volatile Xts xts;
    /** The content length (the file's length less the header and the length marker). */
    private volatile long size;

    /**
     * @param password the password bytes, kept until the first use derives the key and clears them
     * @param closed run once when this channel is closed
     */
    AesFileChannel(String name, byte[] password, FileChannel base, Runnable closed) {
        this.name = name;
        this.password = password;
        this.base = base;
        this.closed = closed;
    }

    /** The content length of an encrypted file of {@code fileLength} bytes, as this format tells it. */
    static long contentLength(long fileLength) {
        long length = fileLength - HEADER_LENGTH;
        if (length < 0) {
            return 0;
        }
        return length % SECTOR == 0 ? length : length - SECTOR;
    }

    private Xts xts() throws IOException {
        Xts x = xts;
        return x != null ? x : start();
    }

    /** Reads the salt of an existing file, or writes the header of a new one, and derives the AES key. */
    private synchronized Xts start() throws IOException {
        if (xts != null) {
            return xts;
        }
        if (password == null) {
            throw new IOException("Closed: " + name);
        }
        long fileLength = base.size();
        boolean existing = fileLength >= HEADER_LENGTH;
        byte[] salt = new byte[SALT_LENGTH];
        if (existing) {
            readFully(ByteBuffer.wrap(salt), MAGIC.length);
        } else {
            RANDOM.nextBytes(salt);
            byte[] header = Arrays.copyOf(MAGIC, HEADER_LENGTH);
            System.arraycopy(salt, 0, header, MAGIC.length, SALT_LENGTH);
            writeFully(ByteBuffer.wrap(header), 0);
        }
        byte[] aesKey = SHA256.getPBKDF2(password, salt, ITERATIONS, 16);
        Arrays.fill(password, (byte) 0);
        password = null;
        Xts x = new Xts(aesKey);
        Arrays.fill(aesKey, (byte) 0);
        size = existing ? contentLength(fileLength) : 0;
        xts = x;
        return x;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        int want = dst.remaining();
        if (want == 0) {
            return 0;
        }
        Xts x = xts();
        long size = this.size;
        if (position >= size) {
            return -1;
        }
        if (position < 0) {
            throw new IllegalArgumentException("pos: " + position);
        }
        int len = (int) Math.min(want, size - position);
        long start = position - position % SECTOR;
        int skip = (int) (position - start);
        if (skip == 0 && len % SECTOR == 0 && dst.hasArray()) {
            // the usual case: whole sectors straight into the caller's array, decrypted there
            int at = dst.position();
            ByteBuffer view = dst.duplicate();
            view.limit(at + len);
            readFully(view, HEADER_LENGTH + start);
            x.decrypt(start / SECTOR, dst.array(), dst.arrayOffset() + at, len);
            dst.position(at + len);
            return len;
        }
        // a part of a sector (H2 reads a page where it starts): the sectors around it, decrypted, then the part
        int whole = roundUp(skip + len);
        byte[] buffer = new byte[whole];
        readFully(ByteBuffer.wrap(buffer), HEADER_LENGTH + start);
        x.decrypt(start / SECTOR, buffer, 0, whole);
        dst.put(buffer, skip, len);
        return len;
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        Xts x = xts();
        int len = src.remaining();
        if (position < 0) {
            throw new IllegalArgumentException("pos: " + position);
        }
        if (position % SECTOR == 0 && len % SECTOR == 0) {
            // the usual case (H2 writes whole chunks and headers): encrypted in a copy, the caller's buffer untouched
            byte[] buffer = new byte[len];
            src.get(buffer);
            x.encrypt(position / SECTOR, buffer, 0, len);
            writeFully(ByteBuffer.wrap(buffer), HEADER_LENGTH + position);
            grow(position + len);
            return len;
        }
        // a part of a sector: the sectors around it are read, changed and written whole; if the content then ends
        // inside a sector, the length marker follows the written sectors (as H2's FileEncrypt does)
        long start = position - position % SECTOR;
        int skip = (int) (position - start);
        int whole = roundUp(skip + len);
        byte[] buffer = new byte[whole];
        long stored = size - start;
        int readable = stored <= 0 ? 0 : (int) Math.min(whole, roundUp(stored));
        if (readable > 0) {
            readFully(ByteBuffer.wrap(buffer, 0, readable), HEADER_LENGTH + start);
            x.decrypt(start / SECTOR, buffer, 0, readable);
        }
        src.get(buffer, skip, len);
        x.encrypt(start / SECTOR, buffer, 0, whole);
        writeFully(ByteBuffer.wrap(buffer), HEADER_LENGTH + start);
        long now = grow(position + len);
        int partial = (int) (now % SECTOR);
        if (partial > 0) {
            writeFully(ByteBuffer.allocate(partial), HEADER_LENGTH + start + whole);
        }
        return len;
    }

    private synchronized long grow(long end) {
        if (end > size) {
            size = end;
        }
        return size;
    }

    @Override
    public long size() throws IOException {
        xts();
        return size;
    }

    @Override
    protected synchronized void implTruncate(long newSize) throws IOException {
        xts();
        if (newSize > size) {
            return;
        }
        if (newSize < 0) {
            throw new IllegalArgumentException("newSize: " + newSize);
        }
        // a content ending inside a sector keeps that sector whole plus the length marker
        base.truncate(HEADER_LENGTH + newSize + (newSize % SECTOR == 0 ? 0 : SECTOR));
        size = newSize;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        synchronized (this) {
            if (password != null) {
                Arrays.fill(password, (byte) 0);
                password = null;
            }
        }
        try {
            base.close();
        } finally {
            closed.run();
        }
    }

    private static int roundUp(long length) {
        return Math.toIntExact((length + SECTOR - 1) / SECTOR * SECTOR);
    }

    private void readFully(ByteBuffer dst, long position) throws IOException {
        long at = position;
        while (dst.hasRemaining()) {
            int n = base.read(dst, at);
            if (n < 0) {
                throw new EOFException(name);
            }
            at += n;
        }
    }

    private void writeFully(ByteBuffer src, long position) throws IOException {
        long at = position;
        while (src.hasRemaining()) {
            at += base.write(src, at);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
