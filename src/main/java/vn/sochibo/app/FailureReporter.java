package vn.sochibo.app;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.stage.Window;

import vn.sochibo.common.Messages;
import vn.sochibo.ui.FxDialogs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort for an exception nothing caught on the JavaFX thread: the details go to the log file in the
 * data folder, and the clerk gets one dialog ("Có lỗi" with "Sao chép chi tiết"). The work in progress stays on
 * screen: only that action failed, and nothing half-done was committed (each action is one transaction).
 *
 * <p>The dialog is shown from a later turn of the event loop, because an exception thrown during layout or an
 * animation pulse arrives where {@code showAndWait} is not allowed. Only one such dialog is open at a time: a
 * failure that repeats in every pulse is logged each time but not stacked into hundreds of dialogs.
 */
final class FailureReporter implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FailureReporter.class);

    private final Supplier<Window> owner;
    private final Supplier<Messages> messages;
    private final AtomicBoolean showing = new AtomicBoolean();

    FailureReporter(Supplier<Window> owner, Supplier<Messages> messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        LOG.error("Uncaught exception on {}", thread.getName(), e);
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        Platform.runLater(() -> {
            try {
                Messages m = messages.get();
                new FxDialogs(owner, m).failure(m.get("error.title"), m.describe(e), e);
            } catch (RuntimeException dialogFailed) {
                LOG.error("Could not show the failure dialog", dialogFailed);
            } finally {
                showing.set(false);
            }
        });
    }
}
