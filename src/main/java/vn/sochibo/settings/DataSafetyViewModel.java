package vn.sochibo.settings;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.core.DataSafety;
import vn.sochibo.core.RegisterBackups;
import vn.sochibo.storage.Backups;
import vn.sochibo.storage.KeyFile;
import vn.sochibo.ui.UiExecutor;

/**
 * "Mật khẩu và sao lưu" in Settings: password status and change, putting a password on a register that has
 * none, "Sao lưu ngay" to any folder, the automatic backups with a preview, restore (with a backup of the current
 * state first) and how many automatic backups to keep. FX thread only; the work runs in the background.
 */
public final class DataSafetyViewModel {

    /** One backup in the list. */
    public record BackupRow(Path file, LocalDateTime created, String reason, String branch, long members, boolean encrypted) {
    }

    private final DataSafety safety;
    private final RegisterBackups registerBackups;
    private final UiExecutor executor;
    private final Messages messages;
    private final Reopen reopen;

    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyBooleanWrapper encrypted = new ReadOnlyBooleanWrapper(this, "encrypted");
    private final StringProperty oldPassword = new SimpleStringProperty(this, "oldPassword", "");
    private final StringProperty newPassword = new SimpleStringProperty(this, "newPassword", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final IntegerProperty keep;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<BackupRow> backups = FXCollections.observableArrayList();

    /**
     * @param safety  password, encryption and restore of the data folder (null: an in-memory register, which has none)
     * @param backups the open register's backups
     * @param reopen  closes the register around a whole-database change and opens it again
     */
    public DataSafetyViewModel(DataSafety safety, RegisterBackups backups, UiExecutor executor, Messages messages, Reopen reopen) {
        this.safety = safety;
        this.registerBackups = backups;
        this.executor = executor;
        this.messages = messages;
        this.reopen = reopen;
        this.available.set(safety != null && backups.available());
        this.encrypted.set(backups.encrypted());
        this.keep = new SimpleIntegerProperty(this, "keep", backups.toKeep());
    }

    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty encryptedProperty() { return encrypted.getReadOnlyProperty(); }
    public StringProperty oldPasswordProperty() { return oldPassword; }
    public StringProperty newPasswordProperty() { return newPassword; }
    public StringProperty repeatProperty() { return repeat; }
    public IntegerProperty keepProperty() { return keep; }
    public BooleanProperty busyProperty() { return busy; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ObservableList<BackupRow> backups() { return backups; }

    public String statusText() {
        return messages.get(encrypted.get() ? "safety.status.encrypted" : "safety.status.plain");
    }

    /** Lists the automatic backups, newest first (unreadable files are left out). */
    public void load() {
        if (!available.get()) {
            return;
        }
        executor.submit(progress -> registerBackups.list().stream().map(this::row).toList(), backups::setAll, this::fail);
    }

    /** "Sao lưu ngay": a verified backup into {@code folder} (a USB stick, another disk). */
    public void backupNow(Path folder) {
        run(() -> registerBackups.backupInto(folder), info -> {
            message.set(messages.get("safety.backup.done", info.file().toString(), info.count("member")));
            load();
        });
    }

    /** The confirmation before deleting a backup: which one, and that it cannot be undone. */
    public String describeDeletion(BackupRow row) {
        return messages.get("safety.backup.deleteConfirm", Formats.date(row.created().toLocalDate()),
                row.created().toLocalTime().withNano(0).toString(), reasonLabel(row.reason()), row.members());
    }

    /** Deletes one backup the clerk chose, then lists again. */
    public void delete(BackupRow row) {
        run(() -> {
            registerBackups.delete(row.file());
            return row;
        }, deleted -> {
            message.set(messages.get("safety.backup.deleted"));
            load();
        });
    }

    /** Reads what a backup holds, for the preview before a restore. */
    public void preview(Path file, Consumer<Backups.Info> then) {
        run(() -> registerBackups.read(file), then);
    }

    /** The preview text: branch, date, and what it holds. */
    public String describe(Backups.Info info) {
        return messages.get("safety.restore.preview", info.file().getFileName().toString(),
                info.branch() == null || info.branch().isBlank() ? "—" : info.branch(),
                Formats.date(info.created().toLocalDate()), info.created().toLocalTime().withNano(0).toString(),
                reasonLabel(info.reason()), info.count("member"), info.count("member_event"), info.count("meeting"),
                info.count("congress"), messages.get(info.encrypted() ? "safety.encrypted.yes" : "safety.encrypted.no"))
                + (info.unverified() ? "\n" + messages.get("safety.restore.unverified") : "");
    }

    /** True when restoring {@code info} needs the password of when it was made (another computer's key). */
    public boolean needsPassword(Backups.Info info) {
        return registerBackups.needsPassword(info);
    }

    /**
     * Restores the backup: checked first, a backup of the current state taken, the register swapped, the window
     * reopened on the restored data.
     */
    public void restore(Path file, String secret) {
        reopen.closeRunAndReopen(messages.get("safety.restore.busy"),
                register -> safety.restore(register, file, secret).key(),
                key -> { });
    }

    public void changePassword() {
        if (!newPasswordAcceptable()) {
            return;
        }
        String old = oldPassword.get();
        String chosen = newPassword.get();
        run(() -> {
            safety.changePassword(old, chosen);
            return true;
        }, ok -> {
            clearTyped();
            message.set(messages.get("safety.password.changed"));
        });
    }

    /** Checks the typed new password (length, typed twice the same); shows the problem and returns false. */
    public boolean newPasswordAcceptable() {
        String problem = KeyFile.passwordProblem(newPassword.get(), repeat.get());
        error.set(problem == null ? "" : messages.get(problem, KeyFile.MIN_PASSWORD_LENGTH));
        return problem == null;
    }

    /** Puts a password on a register that has none; {@code showCode} gets the recovery code to show once. */
    public void setPassword(Consumer<String> showCode) {
        if (!newPasswordAcceptable()) {
            return;
        }
        String chosen = newPassword.get();
        clearTyped();
        String[] code = new String[1];
        reopen.closeRunAndReopen(messages.get("safety.password.encrypting"), register -> {
            DataSafety.Setup setup = safety.protectExisting(register, chosen);
            code[0] = setup.recoveryCode();
            return setup.key();
        }, key -> showCode.accept(code[0]));
    }

    /** Stores how many automatic backups to keep (2–100). */
    public void saveKeep() {
        int n = registerBackups.keep(keep.get());
        keep.set(n);
        message.set(messages.get("safety.keep.saved", n));
    }

    public String reasonLabel(String reason) {
        String key = "safety.reason." + reason;
        return messages.has(key) ? messages.get(key) : reason;
    }

    private BackupRow row(Backups.Info info) {
        return new BackupRow(info.file(), info.created(), info.reason(), info.branch(), info.count("member"), info.encrypted());
    }

    private <T> void run(java.util.concurrent.Callable<T> work, Consumer<T> then) {
        error.set("");
        message.set("");
        busy.set(true);
        executor.submit(progress -> work.call(), result -> {
            busy.set(false);
            then.accept(result);
        }, this::fail);
    }

    private void fail(Throwable failure) {
        busy.set(false);
        error.set(messages.describe(failure));
    }

    private void clearTyped() {
        oldPassword.set("");
        newPassword.set("");
        repeat.set("");
    }
}
