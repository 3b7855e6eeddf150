package vn.sochibo.meeting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
import vn.sochibo.common.ProgressListener;
import vn.sochibo.ui.UiExecutor;

/**
 * The "Sinh hoạt chi bộ" screen: the list of meetings, a new meeting from a template, loading, saving and
 * deleting, the minutes export. The meeting being edited lives in {@link #editor()}. Database and file work runs
 * through the {@link UiExecutor}; every method is called on the FX thread.
 */
public final class MeetingViewModel {

    private final MeetingService meetings;
    private final MinutesService minutes;
    private final UiExecutor executor;
    private final Messages messages;
    private final MeetingEditorViewModel editor;

    private final ObservableList<MeetingSummary> list = FXCollections.observableArrayList();
    private final ObservableList<String> issuers = FXCollections.observableArrayList();
    private final ObjectProperty<MeetingSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty newIssuer = new SimpleStringProperty(this, "newIssuer");
    private final ObjectProperty<MeetingType> newType = new SimpleObjectProperty<>(this, "newType", MeetingType.REGULAR);
    private final StringProperty newDate = new SimpleStringProperty(this, "newDate", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public MeetingViewModel(MeetingService meetings, MinutesService minutes, UiExecutor executor, Messages messages) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.executor = executor;
        this.messages = messages;
        this.editor = new MeetingEditorViewModel(messages);
        selected.addListener((obs, old, now) -> {
            if (now != null && now.id() != editor.id()) {
                open(now.id());
            }
        });
    }

    public MeetingEditorViewModel editor() { return editor; }
    public ObservableList<MeetingSummary> meetings() { return list; }
    public ObservableList<String> issuers() { return issuers; }
    public ObjectProperty<MeetingSummary> selectedProperty() { return selected; }
    public StringProperty newIssuerProperty() { return newIssuer; }
    public ObjectProperty<MeetingType> newTypeProperty() { return newType; }
    public StringProperty newDateProperty() { return newDate; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    private record Loaded(List<MeetingSummary> meetings, List<String> issuers, LocalDate today) {
    }

    /** Reloads the list of meetings and the chi bộ that can hold them, in the background. */
    public void refresh() {
        refresh(() -> { });
    }

    /** Reloads the list as {@link #refresh()} does, then runs {@code then} (after the list is back, never before). */
    private void refresh(Runnable then) {
        run(() -> new Loaded(meetings.list(), meetings.issuers(), meetings.today()), loaded -> {
            list.setAll(loaded.meetings());
            issuers.setAll(loaded.issuers());
            if (newIssuer.get() == null && !issuers.isEmpty()) {
                newIssuer.set(issuers.get(0));
            }
            if (newDate.get().isBlank()) {
                newDate.set(Formats.date(loaded.today()));
            }
            if (editor.id() != 0) {
                list.stream().filter(m -> m.id() == editor.id()).findFirst().ifPresent(selected::set);
            }
            then.run();
        });
    }

    private record Opened(Meeting meeting, List<CarriedAssignment> open, Map<Long, Integer> unexcused) {
    }

    /**
     * Prepares a new meeting from the chosen chi bộ, type and date: the agenda template, the roll from the register
     * at that date, the next number of the term, and last meetings' open assignments. Nothing is stored until saved.
     */
    public void createNew() {
        String issuer = newIssuer.get();
        MeetingType type = newType.get();
        LocalDate date;
        try {
            date = Formats.parseDate(newDate.get());
        } catch (RuntimeException e) {
            problem.set(messages.get("meeting.problem.date.format", newDate.get()));
            return;
        }
        if (issuer == null || type == null) {
            problem.set(messages.get("meeting.error.noProfile"));
            return;
        }
        selected.set(null);
        run(() -> {
            Meeting m = meetings.prepare(issuer, type, date);
            return new Opened(m, meetings.openAssignmentsBefore(issuer, date, 0), meetings.earlierUnexcused(issuer, date, 0));
        }, opened -> {
            editor.show(opened.meeting(), opened.open(), opened.unexcused());
            message.set(messages.get("meeting.created"));
        });
    }

    /** Loads a stored meeting into the editor. */
    public void open(long id) {
        run(() -> {
            Meeting m = meetings.find(id);
            LocalDate d = m.header().date();
            return new Opened(m, meetings.openAssignmentsBefore(m.issuer(), d, id), meetings.earlierUnexcused(m.issuer(), d, id));
        }, opened -> editor.show(opened.meeting(), opened.open(), opened.unexcused()));
    }

    /** Saves the meeting being edited (one transaction) and reloads it and the list. */
    public void save() {
        save(() -> { });
    }

    /**
     * Saves the meeting being edited (one transaction, with the earlier assignments marked done in it), reloads
     * it and the list, then runs {@code after}; nothing runs after a refused save.
     */
    public void save(Runnable after) {
        Meeting m;
        try {
            m = editor.toMeeting();
        } catch (RuntimeException e) {
            problem.set(messages.describe(e));
            return;
        }
        List<Long> done = editor.doneEarlier();
        run(() -> meetings.save(m, done), id -> {
            message.set(messages.get("meeting.saved"));
            run(() -> {
                Meeting saved = meetings.find(id);
                LocalDate d = saved.header().date();
                return new Opened(saved, meetings.openAssignmentsBefore(saved.issuer(), d, id),
                        meetings.earlierUnexcused(saved.issuer(), d, id));
            }, opened -> {
                editor.show(opened.meeting(), opened.open(), opened.unexcused());
                refresh(after); // leaving for another meeting only once the list has been reloaded
            });
        });
    }

    /** Deletes the meeting being edited. */
    public void delete() {
        long id = editor.id();
        if (id == 0) {
            editor.clear();
            return;
        }
        run(() -> {
            meetings.delete(id);
            return id;
        }, done -> {
            editor.clear();
            selected.set(null);
            refresh();
        });
    }

    /** Marks an earlier meeting's open assignment done; stored when this meeting is saved. */
    public void markDone(CarriedAssignment c) {
        editor.markDone(c);
    }

    /** Saves the agenda being edited (titles only) as the chi bộ's own template for this meeting type. */
    public void saveAgendaAsTemplate() {
        MeetingType type = editor.typeProperty().get();
        List<AgendaItem> items = List.copyOf(editor.agenda());
        run(() -> {
            meetings.saveAgendaTemplate(type, items);
            return type;
        }, t -> message.set(messages.get("meeting.agenda.templateSaved", messages.label(t))));
    }

    /** The file name offered for the minutes, e.g. "bien-ban-04-2026-11-05.docx". */
    public String suggestedMinutesName() {
        return "bien-ban-" + editor.numberProperty().get().strip() + ".docx";
    }

    /** The year of the book of minutes: the year of the date in the "new meeting" field (or this year). */
    public int bookYear() {
        try {
            return Formats.parseDate(newDate.get()).getYear();
        } catch (RuntimeException e) {
            return meetings.today().getYear();
        }
    }

    /** Writes the book of minutes of the chosen chi bộ for {@link #bookYear()} to {@code target}. */
    public void exportBook(Path target) {
        String issuer = newIssuer.get();
        int year = bookYear();
        run(() -> minutes.writeBook(issuer, year, target), exported -> message.set(exported.templateFellBack()
                ? messages.get("meeting.template.fellBack", exported.templateProblem()) + " "
                        + messages.get("meeting.book.written", year, exported.file())
                : messages.get("meeting.book.written", year, exported.file())));
    }

    /** Saves the meeting, then writes its minutes to {@code target} (.docx). */
    public void exportMinutes(Path target) {
        Meeting m;
        try {
            m = editor.toMeeting();
        } catch (RuntimeException e) {
            problem.set(messages.describe(e));
            return;
        }
        List<Long> done = editor.doneEarlier();
        run(() -> {
            long id = meetings.save(m, done);
            return new SavedExport(id, minutes.writeMinutes(id, target));
        }, result -> {
            MinutesService.Exported exported = result.exported();
            message.set(exported.templateFellBack()
                    ? messages.get("meeting.template.fellBack", exported.templateProblem()) + " "
                            + messages.get("meeting.minutes.written", exported.file())
                    : messages.get("meeting.minutes.written", exported.file()));
            open(result.id());
            refresh();
        });
    }

    /** Shows a problem that arose in the editor (bad input) in the screen's problem line. */
    public void showProblem(Throwable failure) {
        problem.set(messages.describe(failure));
    }

    /** Clears the problem line. */
    public void clearProblem() {
        problem.set("");
    }

    private record SavedExport(long id, MinutesService.Exported exported) {
    }

    private <T> void run(UiExecutor.Work<T> work, Consumer<T> onSuccess) {
        busy.set(true);
        problem.set("");
        executor.submit(work, value -> {
            busy.set(false);
            onSuccess.accept(value);
        }, failure -> {
            busy.set(false);
            problem.set(messages.describe(failure));
        });
    }

    /** Convenience for {@link UiExecutor.Work} lambdas that ignore progress. */
    @FunctionalInterface
    private interface Job<T> extends UiExecutor.Work<T> {
        T call() throws Exception;

        @Override
        default T run(ProgressListener progress) throws Exception {
            return call();
        }
    }

    private <T> void run(Job<T> work, Consumer<T> onSuccess) {
        run((UiExecutor.Work<T>) work, onSuccess);
    }
}
