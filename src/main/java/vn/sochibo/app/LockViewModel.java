package vn.sochibo.app;

import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.sochibo.common.Messages;
import vn.sochibo.core.DataSafety;
import vn.sochibo.storage.DatabaseKey;
import vn.sochibo.storage.KeyFile;
import vn.sochibo.ui.UiExecutor;

/**
 * The step before the database opens: on a new computer the clerk sets a password (or chooses none, knowingly)
 * and then sees the recovery code once; on an encrypted register the clerk types the password, or the recovery
 * code and a new password. A wrong password only shows a message. FX thread only; the key derivation runs in
 * the background.
 */
public final class LockViewModel {

    /** Which part of the step is on screen. */
    public enum Mode { CHOOSE, SHOW_CODE, UNLOCK, RECOVER }

    private final DataSafety safety;
    private final UiExecutor executor;
    private final Messages messages;
    private final Consumer<DatabaseKey> onOpen;

    private final ObjectProperty<Mode> mode;
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final StringProperty recoveryCode = new SimpleStringProperty(this, "recoveryCode", "");
    private final BooleanProperty codeWritten = new SimpleBooleanProperty(this, "codeWritten", false);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper shownCode = new ReadOnlyStringWrapper(this, "shownCode", "");
    private DatabaseKey key;

    /** @param safety the data folder's password and key (its key-derivation cost included) */
    public LockViewModel(DataSafety safety, UiExecutor executor, Messages messages, Consumer<DatabaseKey> onOpen) {
        this.safety = safety;
        this.executor = executor;
        this.messages = messages;
        this.onOpen = onOpen;
        this.mode = new SimpleObjectProperty<>(this, "mode",
                safety.state() == DataSafety.State.ENCRYPTED ? Mode.UNLOCK : Mode.CHOOSE);
    }

    public ObjectProperty<Mode> modeProperty() { return mode; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty repeatProperty() { return repeat; }
    public StringProperty recoveryCodeProperty() { return recoveryCode; }
    public BooleanProperty codeWrittenProperty() { return codeWritten; }
    public BooleanProperty busyProperty() { return busy; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty shownCodeProperty() { return shownCode.getReadOnlyProperty(); }

    /** New computer: protect the new register with the typed password, then show the recovery code. */
    public void setPassword() {
        if (!passwordAcceptable()) {
            return;
        }
        String chosen = password.get();
        run(() -> safety.protectNew(chosen), setup -> {
            key = setup.key();
            shownCode.set(setup.recoveryCode());
            clearTyped();
            mode.set(Mode.SHOW_CODE);
        });
    }

    /** New computer, the clerk chose (and confirmed) no password: the register is not encrypted. */
    public void noPassword() {
        clearTyped();
        onOpen.accept(null);
    }

    /** After the recovery code was shown: only once the clerk says it is written down. */
    public void continueAfterCode() {
        if (!codeWritten.get()) {
            error.set(messages.get("security.code.notConfirmed"));
            return;
        }
        shownCode.set("");
        onOpen.accept(key);
    }

    public void unlock() {
        String typed = password.get();
        if (typed == null || typed.isEmpty()) {
            error.set(messages.get("security.unlock.empty"));
            return;
        }
        run(() -> safety.unlock(typed), unlocked -> {
            clearTyped();
            onOpen.accept(unlocked);
        });
    }

    /** "Forgot the password": the recovery code and a new password instead. */
    public void showRecovery() {
        error.set("");
        clearTyped();
        mode.set(Mode.RECOVER);
    }

    public void backToUnlock() {
        error.set("");
        clearTyped();
        mode.set(Mode.UNLOCK);
    }

    /** Opens with the recovery code and sets the new password at once. */
    public void recover() {
        if (!passwordAcceptable()) {
            return;
        }
        String code = recoveryCode.get();
        String chosen = password.get();
        run(() -> safety.recover(code, chosen), unlocked -> {
            clearTyped();
            onOpen.accept(unlocked);
        });
    }

    private boolean passwordAcceptable() {
        String problem = KeyFile.passwordProblem(password.get(), repeat.get());
        if (problem != null) {
            error.set(messages.get(problem, KeyFile.MIN_PASSWORD_LENGTH));
            return false;
        }
        return true;
    }

    private <T> void run(java.util.concurrent.Callable<T> work, Consumer<T> then) {
        error.set("");
        busy.set(true);
        executor.submit(progress -> work.call(), result -> {
            busy.set(false);
            then.accept(result);
        }, failure -> {
            busy.set(false);
            password.set("");
            repeat.set("");
            error.set(messages.describe(failure));
        });
    }

    private void clearTyped() {
        password.set("");
        repeat.set("");
        recoveryCode.set("");
    }
}
