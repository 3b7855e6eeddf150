package vn.sochibo.ui;

import java.util.Optional;

/** Messages to the user, as a port so tests can answer them. Called on the FX thread. */
public interface Dialogs {

    void error(String title, String message);

    /** An unexpected failure: the clerk-readable message, and the technical details behind a "copy" button. */
    default void failure(String title, String message, Throwable details) {
        error(title, message);
    }

    void info(String title, String message);

    boolean confirm(String title, String message);

    /**
     * A question before something that cannot be undone (deleting, replacing the register): "Không" is the
     * default button, so a stray Enter changes nothing.
     */
    default boolean confirmDestructive(String title, String message) {
        return confirm(title, message);
    }

    /**
     * {@link #confirmDestructive(String, String)} that also asks why (kept in the change log): "Không" is the
     * default button and "Đồng ý" stays disabled until a reason is typed.
     *
     * @return the reason (stripped) when confirmed, empty when cancelled
     */
    default Optional<String> confirmDestructive(String title, String message, String reasonLabel) {
        return confirmDestructive(title, message) ? Optional.of(reasonLabel) : Optional.empty();
    }

    /** Shows a custom dialog and returns its result (empty when cancelled). */
    <R> Optional<R> show(javafx.scene.control.Dialog<R> dialog);
}
