package vn.sochibo.settings;

import java.util.function.Consumer;
import java.util.function.Function;

import vn.sochibo.core.Services;
import vn.sochibo.storage.DatabaseKey;

/**
 * The app's way of closing the register for a whole-database change (restore, putting a password on it) and
 * opening it again: {@code work} runs in the background on the open services, closes them and returns the key
 * to open with; {@code after} runs on the FX thread once the window is rebuilt. On failure the data is as before.
 */
@FunctionalInterface
public interface Reopen {
    void closeRunAndReopen(String busyText, Function<Services, DatabaseKey> work, Consumer<DatabaseKey> after);
}
