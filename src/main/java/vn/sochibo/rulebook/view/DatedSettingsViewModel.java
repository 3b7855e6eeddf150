package vn.sochibo.rulebook.view;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.common.PersonName;
import vn.sochibo.common.Text;
import vn.sochibo.rulebook.DatedValue;
import vn.sochibo.rulebook.RuleBook;
import vn.sochibo.rulebook.SettingKind;
import vn.sochibo.rulebook.service.DatedSettingService;
import vn.sochibo.ui.UiExecutor;

/**
 * The dated settings in Settings ("Quy định theo ngày", src/site/rules.md): every setting with the value in force
 * today, the selected setting's history with the source of each value, and "Nhập giá trị mới từ ngày…" with value,
 * date and reason. Any feature's keys appear here; the view knows none of them. FX thread; storage in the background.
 */
public final class DatedSettingsViewModel {

    /** One setting as the list shows it: label, value in force today, its first day and its source. */
    public record Setting(String key, String label, String value, String from, String source) {
    }

    /** One value of the selected setting's history. */
    public record Value(DatedValue value, String from, String shown, String source, String who) {
    }

    private final DatedSettingService settings;
    private final UiExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final ObservableList<Setting> rows = FXCollections.observableArrayList();
    private final ObservableList<Value> history = FXCollections.observableArrayList();
    private final ObjectProperty<Setting> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Value> selectedValue = new SimpleObjectProperty<>(this, "selectedValue");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    private final ReadOnlyBooleanWrapper canRemove = new ReadOnlyBooleanWrapper(this, "canRemove");
    private RuleBook book;

    public DatedSettingsViewModel(DatedSettingService settings, UiExecutor executor, Messages messages, Clock clock) {
        this.settings = settings;
        this.executor = executor;
        this.messages = messages;
        this.clock = clock;
        selected.addListener((obs, o, n) -> showHistory(n));
        filter.addListener((obs, o, n) -> showRows());
        canSave.bind(selected.isNotNull().and(busy.not()));
        canRemove.bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !busy.get() && selectedValue.get() != null && selectedValue.get().value().local(),
                selectedValue, busy));
    }

    /** The settings matching the filter, sorted by label (read-only; select through {@link #selectedProperty}). */
    public ObservableList<Setting> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The selected setting's values, newest first. */
    public ObservableList<Value> history() {
        return FXCollections.unmodifiableObservableList(history);
    }

    /** Input: the setting chosen in the list. */
    public ObjectProperty<Setting> selectedProperty() { return selected; }
    /** Input: the value chosen in the history (only the clerk's own can be removed). */
    public ObjectProperty<Value> selectedValueProperty() { return selectedValue; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public StringProperty valueProperty() { return value; }
    public StringProperty reasonProperty() { return reason; }
    public StringProperty filterProperty() { return filter; }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canSaveProperty() { return canSave.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRemoveProperty() { return canRemove.getReadOnlyProperty(); }

    /** Reads the settings in the background; the selection is kept. */
    public void load() {
        String keep = selected.get() == null ? null : selected.get().key();
        executor.submit(progress -> settings.book(), loaded -> {
            book = loaded;
            showRows();
            Setting again = rows.stream().filter(r -> r.key().equals(keep)).findFirst().orElse(null);
            if (java.util.Objects.equals(selected.get(), again)) {
                showHistory(again);
            } else {
                selected.set(again);
            }
        }, failure -> problem.set(messages.describe(failure)));
    }

    private void showRows() {
        if (book == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        String wanted = Text.fold(filter.get());
        List<Setting> out = new ArrayList<>();
        for (String key : book.keys()) {
            String label = messages.get("rulebook." + key);
            if (!wanted.isEmpty() && !Text.fold(label).contains(wanted)) {
                continue;
            }
            DatedValue v = book.inForce(key, today).orElse(null);
            out.add(v == null
                    ? new Setting(key, label, messages.get("rulebook.view.none"), "", "")
                    : new Setting(key, label, shown(key, v.value()), Formats.date(v.from()), v.source()));
        }
        out.sort(Comparator.comparing(Setting::label, PersonName::compareText));
        rows.setAll(out);
    }

    private void showHistory(Setting s) {
        history.clear();
        selectedValue.set(null);
        problem.set("");
        value.set("");
        reason.set("");
        from.set(null);
        if (s == null || book == null) {
            return;
        }
        List<Value> out = new ArrayList<>();
        for (DatedValue v : book.history(s.key())) {
            out.add(0, new Value(v, Formats.date(v.from()), shown(s.key(), v.value()), v.source(),
                    messages.get(v.local() ? "rulebook.view.local" : "rulebook.view.program")));
        }
        history.setAll(out);
    }

    /** A stored value as the clerk reads it: "5.310.000", "0,3", "Có". */
    String shown(String key, String stored) {
        SettingKind kind = book.kind(key).orElse(SettingKind.TEXT);
        return switch (kind) {
            case INTEGER -> Formats.thousands(Long.parseLong(stored));
            case DECIMAL -> stored.replace('.', ',');
            case BOOLEAN -> messages.get(Boolean.parseBoolean(stored) ? "rulebook.view.yes" : "rulebook.view.no");
            case TEXT -> stored;
        };
    }

    /** Enters the value typed from the date typed, with the reason; then reloads. Bad input changes nothing. */
    public void save() {
        Setting s = selected.get();
        if (s == null || busy.get()) {
            return;
        }
        String key = s.key();
        LocalDate date = from.get();
        String typed = value.get();
        String why = reason.get();
        run(() -> settings.set(key, date, typed, why), messages.get("rulebook.view.saved", s.label(), date));
    }

    /** Removes the value chosen in the history, when the clerk entered it (the program's own cannot be removed). */
    public void remove() {
        Value v = selectedValue.get();
        if (v == null || !v.value().local() || busy.get()) {
            return;
        }
        run(() -> settings.remove(v.value().key(), v.value().from()), messages.get("rulebook.view.removed"));
    }

    private void run(Runnable change, String done) {
        busy.set(true);
        executor.submit(progress -> {
            change.run();
            return null;
        }, x -> {
            busy.set(false);
            problem.set("");
            message.set(done);
            load();
        }, failure -> {
            busy.set(false);
            message.set("");
            problem.set(messages.describe(failure));
        });
    }
}
