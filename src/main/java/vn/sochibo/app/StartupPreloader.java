package vn.sochibo.app;

import vn.sochibo.common.Messages;
import vn.sochibo.common.PersonName;
import vn.sochibo.storage.DatabaseWarmUp;

/**
 * Start-up work done in parallel: while the toolkit starts (one busy thread, the other core idle), a background
 * thread pays the first-use cost of what comes next on the critical path: the database libraries (H2, jOOQ; see
 * {@link DatabaseWarmUp}), the message bundles and the Vietnamese collator of the member list. Nothing it does is
 * needed for correctness: if it is slow or fails, the app does the same work itself, later.
 */
final class StartupPreloader {

    private StartupPreloader() {
    }

    /**
     * Starts the warm-up thread (a daemon: it never keeps the app alive). {@code database}: warm up the database
     * libraries too (not needed when {@link EarlyStart} is opening the register for real).
     */
    static void start(boolean database) {
        Thread thread = new Thread(() -> warmUp(database), "sochibo-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static void warmUp(boolean database) {
        try {
            Messages.forLanguage("vi");
            Messages.forLanguage("en");
            if (database) {
                DatabaseWarmUp.run();
            }
            PersonName.sortKey("Nguyễn Thị Hồng Thúy");
        } catch (RuntimeException e) {
            // only a warm-up
        }
        StartupProbe.mark("preloaded");
    }
}
