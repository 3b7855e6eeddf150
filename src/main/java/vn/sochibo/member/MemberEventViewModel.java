package vn.sochibo.member;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
import vn.sochibo.common.Problem;
import vn.sochibo.ui.UiExecutor;

/**
 * Recording a status change (lifecycle event) for one member: only the events that fit the current status
 * are offered; problems are shown as sentences. FX thread only.
 */
public final class MemberEventViewModel {

    private final MemberService members;
    private final UiExecutor executor;
    private final Messages messages;
    private final ObservableList<MemberEventType> types = FXCollections.observableArrayList();
    private final ObjectProperty<MemberEventType> type = new SimpleObjectProperty<>(this, "type");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty endDate = new SimpleStringProperty(this, "endDate", "");
    private final StringProperty documentRef = new SimpleStringProperty(this, "documentRef", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final ReadOnlyBooleanWrapper placeAllowed = new ReadOnlyBooleanWrapper(this, "placeAllowed");
    private final ReadOnlyStringWrapper placeLabel = new ReadOnlyStringWrapper(this, "placeLabel", "");
    private final ReadOnlyStringWrapper errors = new ReadOnlyStringWrapper(this, "errors", "");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper(this, "warnings", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    private final ReadOnlyBooleanWrapper periodAllowed = new ReadOnlyBooleanWrapper(this, "periodAllowed");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ReadOnlyBooleanWrapper amending = new ReadOnlyBooleanWrapper(this, "amending");
    private final ReadOnlyBooleanWrapper drastic = new ReadOnlyBooleanWrapper(this, "drastic");
    private final ObservableList<String> knownPlaces = FXCollections.observableArrayList();
    private final MemberCorrectionService corrections;
    private MemberDetails member;
    /** The event being corrected, or null when a new one is recorded. */
    private MemberEvent original;
    private List<String> loaded = List.of();

    public MemberEventViewModel(MemberService members, MemberCorrectionService corrections, UiExecutor executor, Messages messages) {
        this.members = members;
        this.corrections = corrections;
        this.executor = executor;
        this.messages = messages;
        type.addListener((obs, o, n) -> {
            periodAllowed.set(n != null && n.hasPeriod());
            drastic.set(n != null && DRASTIC.contains(n));
            placeAllowed.set(n == MemberEventType.TRANSFER_OUT || n == MemberEventType.TRANSFER_IN);
            placeLabel.set(messages.get(n == MemberEventType.TRANSFER_IN ? "member.event.placeFrom" : "member.event.placeTo"));
            if (n == MemberEventType.OFFICIAL && member != null && member.member().data().joinedDate() != null
                    && date.get().isBlank()) {
                date.set(Formats.date(MemberLifecycle.probationEnd(member.member().data().joinedDate())));
            }
            validate();
        });
        date.addListener(o -> validate());
        documentRef.addListener(o -> validate());
        endDate.addListener(o -> validate());
        place.addListener(o -> validate());
        reason.addListener(o -> validate());
    }

    /** Events that take a member off the register: Enter never saves them (the "Lưu" button is not the default). */
    private static final java.util.Set<MemberEventType> DRASTIC = java.util.EnumSet.of(MemberEventType.REMOVED,
            MemberEventType.EXPELLED, MemberEventType.DECEASED, MemberEventType.TRANSFER_OUT);

    public ObservableList<MemberEventType> types() { return types; }
    public ObjectProperty<MemberEventType> typeProperty() { return type; }
    public StringProperty dateProperty() { return date; }
    public StringProperty endDateProperty() { return endDate; }
    public StringProperty documentRefProperty() { return documentRef; }
    public StringProperty noteProperty() { return note; }
    /** Where a transferred member goes to (transfer out, required) or comes from (transfer in). */
    public StringProperty placeProperty() { return place; }
    public ReadOnlyBooleanProperty placeAllowedProperty() { return placeAllowed.getReadOnlyProperty(); }
    public ReadOnlyStringProperty placeLabelProperty() { return placeLabel.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorsProperty() { return errors.getReadOnlyProperty(); }
    public ReadOnlyStringProperty warningsProperty() { return warnings.getReadOnlyProperty(); }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canSaveProperty() { return canSave.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty periodAllowedProperty() { return periodAllowed.getReadOnlyProperty(); }
    /** Why a recorded event is corrected (kept in the change log); asked only when correcting. */
    public StringProperty reasonProperty() { return reason; }
    /** True when a recorded event is being corrected (its type is fixed, a reason is asked). */
    public ReadOnlyBooleanProperty amendingProperty() { return amending.getReadOnlyProperty(); }
    /** True for an event that takes the member off the register: the view does not let Enter save it. */
    public ReadOnlyBooleanProperty drasticProperty() { return drastic.getReadOnlyProperty(); }
    /** Places of earlier transfers, offered while typing where a member goes or comes from. */
    public ObservableList<String> knownPlaces() { return knownPlaces; }

    /** True when the form holds input that has not been saved (closing it then asks first). */
    public boolean isDirty() {
        return !snapshot().equals(loaded);
    }

    private List<String> snapshot() {
        return java.util.Arrays.asList(String.valueOf(type.get()), date.get().strip(), endDate.get().strip(),
                documentRef.get().strip(), note.get().strip(), place.get().strip(), reason.get().strip());
    }

    /** Starts recording an event for this member (details already loaded by the caller). */
    public void start(MemberDetails details) {
        this.member = details;
        heading.set(messages.get("member.event.heading", details.member().data().fullName(), details.member().status()));
        types.setAll(MemberLifecycle.allowedNext(details.member(), details.events()));
        type.set(null); // the clerk chooses; nothing drastic is preselected
        validate();
        loaded = snapshot();
        loadPlaces();
    }

    /** Starts correcting {@code event} of this member: its fields filled in, its type fixed, a reason asked. */
    public void amend(MemberDetails details, MemberEvent event) {
        this.member = details;
        this.original = event;
        amending.set(true);
        heading.set(messages.get("member.event.amendHeading", messages.label(event.type()), Formats.date(event.date()),
                details.member().data().fullName()));
        types.setAll(event.type());
        type.set(event.type());
        date.set(Formats.date(event.date()));
        endDate.set(event.endDate() == null ? "" : Formats.date(event.endDate()));
        documentRef.set(event.documentRef() == null ? "" : event.documentRef());
        note.set(event.note() == null ? "" : event.note());
        place.set(event.place() == null ? "" : event.place());
        validate();
        loaded = snapshot();
        loadPlaces();
    }

    private void loadPlaces() {
        executor.submit(progress -> members.transferPlaces(), knownPlaces::setAll, failure -> { });
    }

    void validate() {
        List<String> errorLines = new ArrayList<>();
        List<String> warningLines = new ArrayList<>();
        EventDraft draft = draft(errorLines);
        if (draft != null && member != null) {
            List<Problem> problems = original == null ? members.eventProblems(member.member(), member.events(), draft)
                    : corrections.amendProblems(member.member(), member.events(), original, draft);
            for (Problem p : problems) {
                (p.isError() ? errorLines : warningLines).add(messages.describe(p));
            }
        }
        errors.set(String.join("\n", errorLines));
        warnings.set(String.join("\n", warningLines));
        boolean reasonMissing = original != null && reason.get().isBlank();
        canSave.set(errorLines.isEmpty() && member != null && !reasonMissing);
    }

    private EventDraft draft(List<String> errorLines) {
        LocalDate start = parse("eventDate", date.get(), errorLines);
        LocalDate end = periodAllowed.get() ? parse("endDate", endDate.get(), errorLines) : null;
        if (!errorLines.isEmpty()) {
            return null;
        }
        return new EventDraft(type.get(), start, end, documentRef.get(), note.get(), placeAllowed.get() ? place.get() : null);
    }

    private LocalDate parse(String field, String value, List<String> errorLines) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Formats.parseDate(value);
        } catch (DateTimeParseException e) {
            errorLines.add(messages.get("field." + field) + ": " + messages.get("member.problem.date.format", value.strip()));
            return null;
        }
    }

    /** True when the chosen event takes the member off the rolls (xóa tên): the view asks before saving. */
    public boolean needsConfirmation() {
        return original == null && type.get() == MemberEventType.REMOVED;
    }

    /** The question before a removal: names the member, the date and the document. */
    public String confirmationText() {
        return messages.get("member.event.confirmRemoval", member.member().data().fullName(), date.get().strip(),
                documentRef.get() == null ? "" : documentRef.get().strip());
    }

    /**
     * Stores the event (or the correction, with its reason) in the background; {@code onSaved} runs on the FX thread
     * with the change stored (for "Hoàn tác").
     */
    public void save(java.util.function.Consumer<RegisterChange> onSaved) {
        validate();
        if (!canSave.get()) {
            return;
        }
        EventDraft draft = draft(new ArrayList<>());
        long id = member.member().id();
        MemberEvent amended = original;
        String why = reason.get();
        canSave.set(false);
        executor.submit(progress -> amended == null ? (RegisterChange) members.record(id, draft).change()
                : corrections.amendEvent(id, amended.id(), draft, why), change -> {
            loaded = snapshot();
            onSaved.accept(change);
        }, failure -> {
            errors.set(messages.describe(failure));
            canSave.set(true);
        });
    }
}
