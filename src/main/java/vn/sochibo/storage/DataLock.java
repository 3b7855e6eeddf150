package vn.sochibo.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * One program at a time on a data folder: an operating-system lock on {@code sochibo.lock}, taken before the
 * database is opened and held until it is closed, and through a whole restore (while the database itself is
 * closed and being replaced). A second program, the window or the command line, is told who holds the folder
 * and touches nothing. Within one program the lock is counted, so the parts that need it can each take it.
 * <p>
 * The holder's description is written at the start of the file and the lock covers a byte far beyond it, so
 * another program can read who holds it (Windows forbids reading locked bytes).
 */
public final class DataLock implements AutoCloseable {

    /** What kind of program this is, written into the lock for the other one to read. */
    public enum Holder {
        WINDOW, COMMAND_LINE
    }

    private static final String FILE = "sochibo.lock";
    private static final long REGION = 1L << 40;
    private static final Map<Path, Held> HELD = new HashMap<>();
    private static volatile Holder self = Holder.WINDOW;

    private final Path folder;
    private boolean closed;

    private record Held(FileChannel channel, FileLock lock, int count) {
    }

    private DataLock(Path folder) {
        this.folder = folder;
    }

    /** Says what kind of program this process is (the command line calls this first). */
    public static void identifyAs(Holder holder) {
        self = holder;
    }

    /**
     * Takes the data folder for this program. Throws {@link StorageException} naming the other program (a window
     * or the command line) when another program holds it.
     */
    public static DataLock acquire(DataLocation location) {
        DataLock lock = tryAcquire(location);
        if (lock == null) {
            throw new StorageException(holderOf(location), null);
        }
        return lock;
    }

    /** Takes the data folder, or returns null when another program holds it. */
    public static DataLock tryAcquire(DataLocation location) {
        location.ensureExists();
        Path folder = location.directory();
        synchronized (HELD) {
            Held held = HELD.get(folder);
            if (held != null) {
                HELD.put(folder, new Held(held.channel(), held.lock(), held.count() + 1));
                return new DataLock(folder);
            }
            Path file = folder.resolve(FILE);
            FileChannel channel = null;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock(REGION, 1, false);
                if (lock == null) {
                    channel.close();
                    return null;
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((self.name() + " " + ProcessHandle.current().pid() + "\n")
                        .getBytes(StandardCharsets.US_ASCII)), 0);
                channel.force(false);
                HELD.put(folder, new Held(channel, lock, 1));
                return new DataLock(folder);
            } catch (OverlappingFileLockException e) {
                closeQuietly(channel);
                return null;
            } catch (IOException e) {
                closeQuietly(channel);
                throw new StorageException("storage.error.dataDir", e, folder.toString());
            }
        }
    }

    /** True while some part of this program holds the folder. */
    static boolean heldHere(DataLocation location) {
        synchronized (HELD) {
            return HELD.containsKey(location.directory());
        }
    }

    /** The message that says who holds the folder. */
    static String holderOf(DataLocation location) {
        try {
            String text = Files.readString(location.directory().resolve(FILE), StandardCharsets.US_ASCII);
            if (text.startsWith(Holder.COMMAND_LINE.name())) {
                return "storage.error.inUseByCommandLine";
            }
            if (text.startsWith(Holder.WINDOW.name())) {
                return "storage.error.inUseByWindow";
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: say it neutrally
        }
        return "storage.error.inUseByOther";
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (closed) {
                return;
            }
            closed = true;
            Held held = HELD.get(folder);
            if (held == null) {
                return;
            }
            if (held.count() > 1) {
                HELD.put(folder, new Held(held.channel(), held.lock(), held.count() - 1));
                return;
            }
            HELD.remove(folder);
            try {
                held.lock().release();
            } catch (IOException e) {
                // closing the channel releases it too
            }
            closeQuietly(held.channel());
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to do
            }
        }
    }
}
