package vn.sochibo.member;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.ui.UiExecutor;

/**
 * Correcting mistakes from the member list: deleting the member or the event selected, and "Hoàn tác" (Ctrl+Z)
 * of the changes made in this window, newest first (at most {@value #KEPT}). The list tells it which member and
 * event are selected and how to reload itself ({@link #afterChange}). FX thread; the work runs in the background.
 */
public final class MemberCorrectionsViewModel {

    static final int KEPT = 20;

    private final MemberCorrectionService corrections;
    private final UiExecutor executor;
    private final Messages messages;
    private final ObjectProperty<MemberDetails> details = new SimpleObjectProperty<>(this, "details");
    private final ObjectProperty<MemberEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final Deque<Done> done = new ArrayDeque<>();
    private Consumer<Long> afterChange = id -> { };

    /** A change made in the window and how the change log and the clerk call it. */
    private record Done(RegisterChange change, String description) {
    }

    public MemberCorrectionsViewModel(MemberCorrectionService corrections, UiExecutor executor, Messages messages) {
        this.corrections = corrections;
        this.executor = executor;
        this.messages = messages;
    }

    /** The member shown in the details (set by the list). */
    public ObjectProperty<MemberDetails> detailsProperty() { return details; }
    /** The event selected in the member's history (set by the list). */
    public ObjectProperty<MemberEvent> selectedEventProperty() { return selectedEvent; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    /** "Hoàn tác: Xóa biến động «Từ trần» của đồng chí …", or "" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() { return undoText.getReadOnlyProperty(); }
    /** A short message after a change or an undo, for the bar that does not move the fields ("" none). */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    public BooleanBinding canDeleteMemberBinding() {
        return details.isNull().or(busy);
    }

    public BooleanBinding noEventSelectedBinding() {
        return Bindings.createBooleanBinding(() -> details.get() == null || selectedEvent.get() == null || busy.get(),
                details, selectedEvent, busy);
    }

    /** How the list reloads itself afterwards, selecting the member with this id (null: none). */
    public void afterChange(Consumer<Long> reloadAndSelect) {
        this.afterChange = reloadAndSelect;
    }

    /** Reloads the list now, selecting this member (after a change made through a form). */
    public void afterChangeNow(Long select) {
        afterChange.accept(select);
    }

    /** Keeps a change made in the window (a form saved, an event recorded) so it can be undone; says it was saved. */
    public void remember(RegisterChange change) {
        Done d = new Done(change, describe(change));
        done.push(d);
        while (done.size() > KEPT) {
            done.removeLast();
        }
        notice.set(messages.get("member.notice.saved", d.description()));
        showUndo();
    }

    /** Forgets every change kept (the register was replaced or reloaded from elsewhere: an import, a restore). */
    public void forget() {
        done.clear();
        showUndo();
    }

    /** The question before deleting the member shown: names who goes and with how much history. */
    public String deleteMemberQuestion() {
        MemberDetails d = details.get();
        MemberDraft m = d.member().data();
        String birth = m.birthDate() != null ? Formats.date(m.birthDate()) : m.birthYear() == null ? "—" : String.valueOf(m.birthYear());
        return messages.get("member.correct.deleteMember.question", m.fullName(), birth,
                m.personalId() == null ? "—" : m.personalId(), d.events().size());
    }

    /** The question before deleting the selected event: names the event, its date and the member. */
    public String deleteEventQuestion() {
        MemberEvent e = selectedEvent.get();
        return messages.get("member.correct.deleteEvent.question", messages.label(e.type()), e.date(),
                details.get().member().data().fullName());
    }

    /** Deletes the member shown (entered by mistake) with the reason for the change log; then the list reloads. */
    public void deleteMember(String reason) {
        long id = details.get().member().id();
        run(() -> corrections.deleteMember(id, reason), null);
    }

    /** Deletes the selected event (a mis-click) with the reason; the status is worked out again. */
    public void deleteEvent(String reason) {
        long id = details.get().member().id();
        long eventId = selectedEvent.get().id();
        run(() -> corrections.deleteEvent(id, eventId, reason), id);
    }

    /** True when the last change, undone, would delete a member (the view asks first). */
    public boolean undoDeletesAMember() {
        return !done.isEmpty() && done.peek().change() instanceof RegisterChange.MemberAdded;
    }

    /** Takes back the newest change kept; a refusal (the member changed since) is shown and the change dropped. */
    public void undo() {
        if (done.isEmpty() || busy.get()) {
            return;
        }
        Done last = done.pop();
        showUndo();
        busy.set(true);
        problem.set("");
        executor.submit(progress -> {
            corrections.undo(last.change(), last.description());
            return last;
        }, undone -> {
            busy.set(false);
            notice.set(messages.get("member.notice.undone", undone.description()));
            boolean gone = undone.change() instanceof RegisterChange.MemberAdded;
            afterChange.accept(gone ? null : undone.change().memberId());
        }, failure -> {
            busy.set(false);
            problem.set(messages.describe(failure));
        });
    }

    private void run(java.util.concurrent.Callable<RegisterChange> work, Long select) {
        busy.set(true);
        problem.set("");
        executor.submit(progress -> work.call(), change -> {
            busy.set(false);
            remember(change);
            afterChange.accept(select);
        }, failure -> {
            busy.set(false);
            problem.set(messages.describe(failure));
        });
    }

    private void showUndo() {
        canUndo.set(!done.isEmpty());
        undoText.set(done.isEmpty() ? "" : messages.get("member.undo.button.what", done.peek().description()));
    }

    /** The change in the clerk's words: what the change log and the "Hoàn tác" tooltip say. */
    String describe(RegisterChange change) {
        if (change instanceof RegisterChange.MemberAdded a) {
            return messages.get("member.change.added", a.fullName());
        }
        if (change instanceof RegisterChange.MemberEdited e) {
            return messages.get("member.change.edited", e.after().fullName());
        }
        if (change instanceof RegisterChange.MemberDeleted d) {
            return messages.get("member.change.deleted", d.member().data().fullName());
        }
        MemberEvent event = change instanceof RegisterChange.EventRecorded r ? r.event()
                : change instanceof RegisterChange.EventAmended a ? a.before() : ((RegisterChange.EventDeleted) change).event();
        String key = change instanceof RegisterChange.EventRecorded ? "member.change.eventRecorded"
                : change instanceof RegisterChange.EventAmended ? "member.change.eventAmended" : "member.change.eventDeleted";
        return messages.get(key, messages.label(event.type()), event.date(), nameOf(change.memberId()));
    }

    private String nameOf(long memberId) {
        MemberDetails d = details.get();
        return d != null && d.member().id() == memberId ? d.member().data().fullName() : "#" + memberId;
    }
}
