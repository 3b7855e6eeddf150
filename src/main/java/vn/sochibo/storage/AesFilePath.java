package vn.sochibo.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * H2 file names {@code sochiboaes:/…/sochibo.mv.db}: the register's file encrypted in H2's own {@code CIPHER=AES}
 * format, byte for byte (a file written here opens in H2 with {@code CIPHER=AES} and the same file password, and
 * the other way round), but through the JDK's AES ({@link Xts}, {@link AesFileChannel}). Why our own path: H2's AES
 * is pure Java; opening and reading a 100,000-member register took 2.2 times as long encrypted as plain, nearly
 * all of it in H2's AES, where the JDK's uses the processor's AES instructions.
 * <p>
 * The key never goes into the JDBC URL (which H2 may put in messages and traces): {@link #register} keeps it in
 * memory for a database's base path, and every file H2 derives from that base ({@code sochibo.mv.db} and, when it
 * compacts, {@code .tempFile} and {@code .newFile}) is opened with it. A registration ends when its holders let go
 * ({@link #hold}) or, if it has none, when the last of the database's files is closed (the database was closed).
 * A name with no registered key cannot be opened.
 */
public final class AesFilePath extends FilePathWrapper {

    /** The H2 file-system scheme (letters only: {@code common/DiskFull} reads it back out of H2's messages). */
    static final String SCHEME = "sochiboaes";

    private static final Object LOCK = new Object();
    /** Registered keys by base path ("/…/sochibo", '/' separators), in the forms H2 may spell it. */
    private static final Map<String, Entry> KEYS = new HashMap<>();

    static {
        FilePath.register(new AesFilePath());
    }

    /** For H2 ({@link FilePathWrapper} makes its paths with this); use {@link #register}. */
    public AesFilePath() {
    }

    /**
     * Keeps {@code key} in memory for the database at {@code base} (the path without {@code .mv.db}) and returns
     * the name to give H2 instead of the path ({@code jdbc:h2:} + this name, no {@code CIPHER}).
     *
     * @throws IllegalStateException when another key is registered for a database at that path that is open
     */
    static String register(Path base, DatabaseKey key) {
        byte[] password = passwordBytes(key);
        synchronized (LOCK) {
            Entry entry = find(spellings(base));
            if (entry != null && !Arrays.equals(entry.password, password)) {
                if (entry.holders > 0 || entry.channels > 0) {
                    Arrays.fill(password, (byte) 0);
                    throw new IllegalStateException("The database at this path is open with another key");
                }
                forget(entry);
                entry = null;
            }
            if (entry == null) {
                entry = new Entry(password);
                for (String spelling : spellings(base)) {
                    KEYS.put(spelling, entry);
                    entry.spellings.add(spelling);
                }
            } else {
                Arrays.fill(password, (byte) 0);
            }
        }
        return SCHEME + ":" + base.toAbsolutePath().normalize();
    }

    /**
     * Keeps the key {@link #register registered} for {@code base} until the returned hold is closed, even while
     * none of its files is open (a database that may close and reopen, or compact when closed).
     */
    static Hold hold(Path base) {
        Entry entry;
        synchronized (LOCK) {
            entry = find(spellings(base));
            if (entry == null) {
                throw new IllegalStateException("No key registered for this path");
            }
            entry.holders++;
        }
        boolean[] released = {false};
        return () -> {
            synchronized (LOCK) {
                if (!released[0]) {
                    released[0] = true;
                    entry.holders--;
                    forgetIfUnused(entry);
                }
            }
        };
    }

    /** A hold on a registered key; closing it (once or more) lets go. */
    interface Hold extends AutoCloseable {
        @Override
        void close();
    }

    /** True while a key is registered for {@code base} (tests). */
    static boolean registered(Path base) {
        synchronized (LOCK) {
            return find(spellings(base)) != null;
        }
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        Entry entry;
        byte[] password;
        synchronized (LOCK) {
            entry = entryFor(name);
            if (entry == null) {
                throw new IOException("No database key is registered for " + name);
            }
            password = entry.password.clone();
            entry.channels++;
        }
        FileChannel file;
        try {
            file = getBase().open(mode);
        } catch (IOException | RuntimeException e) {
            Arrays.fill(password, (byte) 0);
            closed(entry);
            throw e;
        }
        return new AesFileChannel(name, password, file, () -> closed(entry));
    }

    @Override
    public long size() {
        return AesFileChannel.contentLength(getBase().size());
    }

    @Override
    public InputStream newInputStream() throws IOException {
        return Channels.newInputStream(open("r"));
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        return newFileChannelOutputStream(open("rw"), append);
    }

    /**
     * The password bytes H2 derives the AES key from, for the file password {@code key.filePassword()}: H2 passes
     * the password's characters through its store as UTF-16 bytes, keeping only each character's low byte on the
     * way ({@code org.h2.mvstore.db.Store.decodePassword}), and derives from their UTF-16 bytes again. The file
     * password is hexadecimal, so its characters come through unchanged.
     */
    static byte[] passwordBytes(DatabaseKey key) {
        char[] chars = key.filePassword().toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (chars[i] & 0xFF);
        }
        byte[] bytes = FilePathEncrypt.getPasswordBytes(chars);
        Arrays.fill(chars, '\0');
        return bytes;
    }

    /** The entry whose base {@code fileName} (a name of this scheme) is, or derives from: base + "." + suffix. */
    private static Entry entryFor(String fileName) {
        String path = fileName.substring(SCHEME.length() + 1).replace('\\', '/');
        for (Map.Entry<String, Entry> e : KEYS.entrySet()) {
            String base = e.getKey();
            if (path.length() > base.length() && path.startsWith(base) && path.charAt(base.length()) == '.') {
                return e.getValue();
            }
        }
        return null;
    }

    private static Entry find(List<String> spellings) {
        for (String spelling : spellings) {
            Entry entry = KEYS.get(spelling);
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }

    /** The base as given, absolute, and with its folder's real path (H2 resolves links in the folder). */
    private static List<String> spellings(Path base) {
        List<String> result = new ArrayList<>(2);
        Path absolute = base.toAbsolutePath().normalize();
        result.add(absolute.toString().replace('\\', '/'));
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                String real = parent.toRealPath().resolve(absolute.getFileName()).toString().replace('\\', '/');
                if (!result.contains(real)) {
                    result.add(real);
                }
            }
        } catch (IOException e) {
            // no folder yet: H2 will not resolve it either
        }
        return result;
    }

    private static void closed(Entry entry) {
        synchronized (LOCK) {
            entry.channels--;
            forgetIfUnused(entry);
        }
    }

    private static void forgetIfUnused(Entry entry) {
        if (entry.holders <= 0 && entry.channels <= 0) {
            forget(entry);
        }
    }

    private static void forget(Entry entry) {
        for (String spelling : entry.spellings) {
            KEYS.remove(spelling, entry);
        }
        Arrays.fill(entry.password, (byte) 0);
    }

    /** A registered key: its password bytes, who holds it, and how many of its files are open. */
    private static final class Entry {
        final byte[] password;
        final List<String> spellings = new ArrayList<>(2);
        int holders;
        int channels;

        Entry(byte[] password) {
            this.password = password;
        }
    }
}
