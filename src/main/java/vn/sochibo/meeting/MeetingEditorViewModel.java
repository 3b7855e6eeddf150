package vn.sochibo.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.common.Problem;
import vn.sochibo.common.ValidationException;

/**
 * The meeting being edited: header fields as text, the roll call, agenda notes, resolutions and assignments as
 * lists of immutable records, and the figures and warnings recomputed live from the roll. No I/O: the screen's
 * {@link MeetingViewModel} loads and saves. All methods on the FX thread.
 */
public final class MeetingEditorViewModel {

    private final Messages messages;
    private long id;
    private String issuer;
    private String term;
    private int proposedNumber;
    private Map<Long, Integer> earlierUnexcused = Map.of();

    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ObjectProperty<MeetingType> type = new SimpleObjectProperty<>(this, "type");
    private final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty start = new SimpleStringProperty(this, "start", "");
    private final StringProperty end = new SimpleStringProperty(this, "end", "");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final StringProperty chair = new SimpleStringProperty(this, "chair", "");
    private final StringProperty secretary = new SimpleStringProperty(this, "secretary", "");
    private final StringProperty guests = new SimpleStringProperty(this, "guests", "");
    private final StringProperty number = new SimpleStringProperty(this, "number", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ObservableList<RollEntry> roll = FXCollections.observableArrayList();
    private final ObservableList<AgendaItem> agenda = FXCollections.observableArrayList();
    private final ObservableList<Resolution> resolutions = FXCollections.observableArrayList();
    private final ObservableList<Assignment> assignments = FXCollections.observableArrayList();
    private final ObservableList<CarriedAssignment> carried = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper figuresText = new ReadOnlyStringWrapper(this, "figuresText", "");
    private final ReadOnlyStringWrapper quorumWarning = new ReadOnlyStringWrapper(this, "quorumWarning", "");
    private final ReadOnlyStringWrapper absenceWarnings = new ReadOnlyStringWrapper(this, "absenceWarnings", "");
    private final ReadOnlyStringWrapper lengthWarning = new ReadOnlyStringWrapper(this, "lengthWarning", "");
    private AttendanceFigures figures = AttendanceFigures.of(List.of());
    private String cleanState = "";
    private final List<Long> doneEarlier = new ArrayList<>();

    public MeetingEditorViewModel(Messages messages) {
        this.messages = messages;
        roll.addListener((ListChangeListener<RollEntry>) c -> recompute());
        start.addListener((obs, o, n) -> checkLength());
        end.addListener((obs, o, n) -> checkLength());
        type.addListener((obs, o, n) -> checkLength());
    }

    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    public ObjectProperty<MeetingType> typeProperty() { return type; }
    public StringProperty subjectProperty() { return subject; }
    public StringProperty dateProperty() { return date; }
    public StringProperty startProperty() { return start; }
    public StringProperty endProperty() { return end; }
    public StringProperty placeProperty() { return place; }
    public StringProperty chairProperty() { return chair; }
    public StringProperty secretaryProperty() { return secretary; }
    public StringProperty guestsProperty() { return guests; }
    public StringProperty numberProperty() { return number; }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ObservableList<RollEntry> roll() { return roll; }
    public ObservableList<AgendaItem> agenda() { return agenda; }
    public ObservableList<Resolution> resolutions() { return resolutions; }
    public ObservableList<Assignment> assignments() { return assignments; }
    public ObservableList<CarriedAssignment> carried() { return carried; }
    public ReadOnlyStringProperty figuresTextProperty() { return figuresText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty quorumWarningProperty() { return quorumWarning.getReadOnlyProperty(); }
    public ReadOnlyStringProperty absenceWarningsProperty() { return absenceWarnings.getReadOnlyProperty(); }
    public ReadOnlyStringProperty lengthWarningProperty() { return lengthWarning.getReadOnlyProperty(); }

    public long id() {
        return id;
    }

    public AttendanceFigures figures() {
        return figures;
    }

    /** Shows a meeting (new when its id is 0) with the open assignments of earlier meetings and this year's absences. */
    void show(Meeting m, List<CarriedAssignment> open, Map<Long, Integer> unexcused) {
        id = m.id();
        issuer = m.issuer();
        term = m.term();
        proposedNumber = m.number();
        earlierUnexcused = unexcused;
        MeetingDraft h = m.header();
        type.set(h.type());
        subject.set(h.subject());
        date.set(Formats.date(h.date()));
        start.set(h.start() == null ? "" : h.start().toString());
        end.set(h.end() == null ? "" : h.end().toString());
        place.set(h.place());
        chair.set(h.chair());
        secretary.set(h.secretary());
        guests.set(h.guests() == null ? "" : h.guests());
        number.set(String.valueOf(m.number()));
        agenda.setAll(m.agenda());
        resolutions.setAll(m.resolutions());
        assignments.setAll(m.assignments());
        carried.setAll(open);
        roll.setAll(m.roll());
        heading.set(messages.get("meeting.editor.heading", m.issuer(), DocumentNumbers.minutes(m.number())));
        loaded.set(true);
        doneEarlier.clear();
        cleanState = state();
    }

    /** Everything the clerk can change, as one string: what "unsaved changes" compares. */
    private String state() {
        return String.join("\u0001", String.valueOf(type.get()), subject.get(), date.get(), start.get(), end.get(),
                place.get(), chair.get(), secretary.get(), guests.get(), number.get(), agenda.toString(),
                roll.toString(), resolutions.toString(), assignments.toString());
    }

    /**
     * Whether the meeting shown has changes not yet saved: a field, the roll, the agenda, a resolution, an
     * assignment, or an earlier assignment marked done here. Switching meetings or closing then asks first.
     */
    public boolean isDirty() {
        return loaded.get() && (!doneEarlier.isEmpty() || !state().equals(cleanState));
    }

    /**
     * Marks an earlier meeting's open assignment done as part of this meeting: it is stored with this meeting
     * (in the same transaction), never before, so an unsaved meeting changes no earlier one.
     */
    public void markDone(CarriedAssignment c) {
        doneEarlier.add(c.assignment().id());
        carried.remove(c);
    }

    /** Earlier assignments marked done in this meeting and not saved yet. */
    public List<Long> doneEarlier() {
        return List.copyOf(doneEarlier);
    }

    /** Clears the editor (nothing selected). */
    void clear() {
        loaded.set(false);
        id = 0;
        roll.clear();
        agenda.clear();
        resolutions.clear();
        assignments.clear();
        carried.clear();
        heading.set("");
        doneEarlier.clear();
        cleanState = "";
    }

    /** Records one member's answer at the roll call; {@code reason} only counts for an excused absence. */
    public void setAttendance(int index, Attendance attendance, String reason) {
        if (index >= 0 && index < roll.size() && attendance != null) {
            roll.set(index, roll.get(index).with(attendance, reason));
        }
    }

    /** Replaces the notes of the agenda item at {@code index}, keeping its title unless a new one is given. */
    public void updateAgendaItem(int index, String title, String report, String speakers, String conclusion) {
        if (index >= 0 && index < agenda.size()) {
            AgendaItem old = agenda.get(index);
            String newTitle = title == null || title.isBlank() ? old.title() : title;
            agenda.set(index, new AgendaItem(old.part(), newTitle, report, speakers, conclusion));
        }
    }

    /** Adds an agenda item to the content part (after the last content item). */
    public void addAgendaItem(String title) {
        if (title == null || title.isBlank()) {
            return;
        }
        int at = 0;
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).part() != AgendaPart.CLOSING) {
                at = i + 1;
            }
        }
        agenda.add(at, new AgendaItem(AgendaPart.CONTENT, title, null, null, null));
    }

    /**
     * Adds a resolution after checking its counts against the roll; throws {@link ValidationException} (and adds
     * nothing) when they do not fit.
     */
    public void addResolution(ResolutionKind kind, String content, String votesFor, String votesAgainst, String votesOther) {
        List<Problem> problems = new ArrayList<>();
        int f = count(votesFor, problems);
        int a = count(votesAgainst, problems);
        int o = count(votesOther, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Resolution r = new Resolution(kind, content, f, a, o);
        problems.addAll(r.problems(figures));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        resolutions.add(r);
    }

    private static int count(String text, List<Problem> problems) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            problems.add(Problem.error("votes", "meeting.problem.resolution.number", t));
            return 0;
        }
    }

    /** "Thông qua" or "Không thông qua", with the votes needed, for a resolution given the current roll. */
    public String verdict(Resolution r) {
        int needed = r.kind().votesNeeded(figures.voteBase());
        return messages.get(r.passed(figures) ? "meeting.resolution.passed" : "meeting.resolution.failed",
                needed, figures.voteBase());
    }

    /** Adds a new open assignment; throws {@link ValidationException} when the person or the task is missing. */
    public void addAssignment(String assignee, String task, String due) {
        List<Problem> problems = new ArrayList<>();
        LocalDate dueDate = optionalDate(due, "due", problems);
        Assignment a = Assignment.open(assignee, task, dueDate);
        if (a.assignee() == null || a.assignee().isEmpty() || a.task() == null || a.task().isEmpty()) {
            problems.add(Problem.error("assignments", "meeting.problem.assignment.incomplete"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        assignments.add(a);
    }

    /** Brings an earlier meeting's open assignment into this meeting (its source is marked carried over on save). */
    public void carryOver(CarriedAssignment c) {
        Assignment a = c.assignment();
        assignments.add(new Assignment(0, a.assignee(), a.task(), a.dueDate(), AssignmentStatus.OPEN, a.id()));
        carried.remove(c);
    }

    /** The meeting as the fields say; throws {@link ValidationException} for dates, times or numbers that do not parse. */
    public Meeting toMeeting() {
        List<Problem> problems = new ArrayList<>();
        LocalDate d = optionalDate(date.get(), "date", problems);
        LocalTime s = time(start.get(), "start", problems);
        LocalTime e = time(end.get(), "end", problems);
        Integer n = null;
        if (!number.get().isBlank()) {
            try {
                n = Integer.parseInt(number.get().strip());
            } catch (NumberFormatException ex) {
                problems.add(Problem.error("number", "meeting.problem.number.range"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        MeetingDraft h = new MeetingDraft(type.get(), subject.get(), d, s, e, place.get(), chair.get(), secretary.get(),
                guests.get(), n);
        return new Meeting(id, h, issuer, term, n != null ? n : proposedNumber, agenda, roll, resolutions, assignments);
    }

    private static LocalDate optionalDate(String text, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Formats.parseDate(text.strip());
        } catch (DateTimeParseException ex) {
            problems.add(Problem.error(field, "meeting.problem.date.format", text));
            return null;
        }
    }

    private static LocalTime time(String text, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace('h', ':').replace('g', ':');
        try {
            return LocalTime.parse(t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t);
        } catch (DateTimeParseException ex) {
            problems.add(Problem.error(field, "meeting.problem.time.format", text));
            return null;
        }
    }

    /**
     * Warns (without blocking) when the meeting is shorter than Chỉ thị 50-CT/TW asks for its type (rules.md, "The
     * meeting and its minutes").
     */
    private void checkLength() {
        List<Problem> ignored = new ArrayList<>();
        LocalTime s = time(start.get(), "start", ignored);
        LocalTime e = time(end.get(), "end", ignored);
        String warning = "";
        if (s != null && e != null && type.get() != null) {
            MeetingDraft h = new MeetingDraft(type.get(), "-", LocalDate.EPOCH, s, e, "-", "-", "-", null, null);
            warning = h.problems().stream().filter(p -> p.messageKey().equals("meeting.problem.length.short"))
                    .map(messages::describe).findFirst().orElse("");
        }
        lengthWarning.set(warning);
    }

    private void recompute() {
        figures = AttendanceFigures.of(roll);
        figuresText.set(messages.get("meeting.roll.figures", figures.onRoll(), figures.voteBase(), figures.present(),
                figures.votingPresent(), figures.shareText(), figures.excused(), figures.unexcused(), figures.probationary()));
        quorumWarning.set(figures.tooFewPresent() && !roll.isEmpty()
                ? messages.get("meeting.roll.tooFew", figures.votingPresent(), figures.voteBase()) : "");
        if (issuer == null || date.get() == null) {
            absenceWarnings.set("");
            return;
        }
        LocalDate d = optionalDate(date.get(), "date", new ArrayList<>());
        if (d == null) {
            absenceWarnings.set("");
            return;
        }
        MeetingDraft h = new MeetingDraft(type.get(), subject.get(), d, null, null, "", "", "", null, null);
        List<String> lines = new ArrayList<>();
        for (AbsenceWarning w : MeetingService.absenceWarnings(new Meeting(id, h, issuer, term, proposedNumber, List.of(),
                roll, List.of(), List.of()), earlierUnexcused)) {
            lines.add(messages.get(w.removalGrounds() ? "meeting.roll.absence.removal" : "meeting.roll.absence.warning",
                    w.fullName(), w.unexcused(), w.year()));
        }
        absenceWarnings.set(String.join("\n", lines));
    }
}
