package vn.sochibo.app;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import vn.sochibo.core.DataSafety;
import vn.sochibo.storage.DataLocation;

/**
 * Opens a register without a password while the JavaFX toolkit starts: the toolkit keeps one core busy for about
 * a second, and the database, the branch profile and the member list are ready on the other by the time the
 * window is built. Only for a register that needs no question first (no password, not a new folder); the
 * window takes the result with {@link #take}, or opens the register itself when there is none.
 */
final class EarlyStart {

    private static DataLocation location;
    private static CompletableFuture<OpenedRegister> opening;
    private static CompletableFuture<Void> dropped = CompletableFuture.completedFuture(null);

    private EarlyStart() {
    }

    /** Starts opening {@code location} on a daemon thread when it holds a register without a password. */
    static synchronized boolean begin(DataLocation where) {
        if (DataSafety.of(where, Clock.systemDefaultZone()).state() != DataSafety.State.PLAIN) {
            return false;
        }
        CompletableFuture<OpenedRegister> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(OpenedRegister.open(where, null, Clock.systemDefaultZone()));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
            StartupProbe.mark("early-open");
        }, "sochibo-open");
        thread.setDaemon(true);
        thread.start();
        location = where;
        opening = future;
        return true;
    }

    /** The opening begun for {@code where}, once (null when none was begun for that folder). */
    static synchronized CompletableFuture<OpenedRegister> take(DataLocation where) {
        CompletableFuture<OpenedRegister> taken = opening;
        boolean same = location != null && location.directory().toAbsolutePath().equals(where.directory().toAbsolutePath());
        opening = null;
        location = null;
        if (!same && taken != null) {
            dropped = taken.handle((unused, failure) -> {
                if (unused != null) {
                    unused.services().close();
                }
                return null;
            });
            return null;
        }
        return taken;
    }

    /** Done once the last opening nobody took has been closed (tests wait on it). */
    static synchronized CompletableFuture<Void> dropped() {
        return dropped;
    }
}
