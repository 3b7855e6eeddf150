package vn.sochibo.election.view;

import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Messages;
import vn.sochibo.election.Attendance;
import vn.sochibo.election.AttendanceList;
import vn.sochibo.election.Congress;
import vn.sochibo.election.CongressAttendee;
import vn.sochibo.election.service.CongressService;
import vn.sochibo.ui.UiExecutor;
import vn.sochibo.vote.VoteBase;

/**
 * The roll tab: who was convened and who attends, with N worked out line by line as attendance is recorded
 * (src/site/rules.md, "Biểu quyết và bầu cử: số N và ngưỡng"). FX thread only; every service call runs through the
 * {@link UiExecutor}.
 */
public final class CongressRollViewModel {

    private final CongressService congresses;
    private final ElectionSelection selection;
    private final UiExecutor executor;
    private final Messages messages;
    private final ObservableList<CongressAttendee> lines = FXCollections.observableArrayList();
    private final ReadOnlyListWrapper<CongressAttendee> roll = new ReadOnlyListWrapper<>(this, "roll",
            FXCollections.unmodifiableObservableList(lines));
    private final ReadOnlyStringWrapper baseText = new ReadOnlyStringWrapper(this, "baseText", "");

    /** Wires the view model; it follows the congress the screen shows. */
    public CongressRollViewModel(CongressService congresses, ElectionSelection selection, UiExecutor executor,
            Messages messages) {
        this.congresses = congresses;
        this.selection = selection;
        this.executor = executor;
        this.messages = messages;
        selection.congressProperty().addListener((obs, old, now) -> reload());
    }

    /** The roll, in name order. */
    public ReadOnlyListProperty<CongressAttendee> rollProperty() {
        return roll.getReadOnlyProperty();
    }

    /** N with its working, the votes needed, the ballot holders and the notes, one per line. */
    public ReadOnlyStringProperty baseTextProperty() {
        return baseText.getReadOnlyProperty();
    }

    /** Records one member's attendance; N is worked out again. */
    public void setAttendance(CongressAttendee attendee, Attendance attendance) {
        if (attendee == null || attendance == null) {
            return;
        }
        executor.submit(progress -> {
            congresses.setAttendance(attendee.id(), attendance);
            return true;
        }, ok -> reload(), this::fail);
    }

    /** Reads the shown congress's roll again. */
    public void reload() {
        Congress current = selection.congressProperty().get();
        if (current == null) {
            lines.clear();
            baseText.set("");
            return;
        }
        executor.submit(progress -> congresses.attendanceList(current.id()), this::show, this::fail);
    }

    private void show(AttendanceList list) {
        lines.setAll(list.lines());
        VoteBase base = list.roll().voteBase();
        StringBuilder text = new StringBuilder(messages.get("election.ui.base.official", base.officialMembers()));
        for (VoteBase.Subtraction subtraction : base.subtractions()) {
            text.append('\n').append(messages.get("election.ui.base.line", messages.get(subtraction.labelKey()),
                    subtraction.count()));
        }
        text.append('\n').append(messages.get("election.ui.base.n", base.n(), base.votesNeeded()));
        text.append('\n').append(messages.get("election.ui.base.holders", list.roll().ballotHolders().size()));
        list.roll().notes().forEach(note -> text.append('\n').append(messages.describe(note)));
        baseText.set(text.toString());
    }

    private void fail(Throwable failure) {
        selection.fail(messages.describe(failure));
    }
}
