package vn.sochibo.election.view;

import java.util.List;

import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Messages;
import vn.sochibo.election.Congress;
import vn.sochibo.election.CongressAttendee;
import vn.sochibo.election.ElectionOffice;
import vn.sochibo.election.ListedCandidate;
import vn.sochibo.election.OfficeList;
import vn.sochibo.election.engine.Office;
import vn.sochibo.election.service.OfficeListService;
import vn.sochibo.ui.UiExecutor;

/**
 * The offices and lists tab: the offices of the congress with the number to elect, the office worked on, and its
 * list (nominations, withdrawals, what the rules say about it). FX thread only; every service call runs through the
 * {@link UiExecutor}.
 */
public final class OfficeListViewModel {

    /**
     * The figures typed for a new office, as typed.
     *
     * @param office       what is elected
     * @param seats        official places
     * @param alternates   alternate places (delegates only); blank is 0
     * @param handsFor     hands for the number; blank is 0
     * @param handsAgainst hands against; blank is 0
     */
    public record OfficeForm(Office office, String seats, String alternates, String handsFor, String handsAgainst) {
    }

    private final OfficeListService lists;
    private final ElectionSelection selection;
    private final UiExecutor executor;
    private final Messages messages;
    private final ObservableList<ElectionOffice> officeList = FXCollections.observableArrayList();
    private final ObservableList<ListedCandidate> candidateList = FXCollections.observableArrayList();
    private final ObservableList<CongressAttendee> nomineeList = FXCollections.observableArrayList();
    private final ReadOnlyListWrapper<ElectionOffice> offices = new ReadOnlyListWrapper<>(this, "offices",
            FXCollections.unmodifiableObservableList(officeList));
    private final ReadOnlyListWrapper<ListedCandidate> candidates = new ReadOnlyListWrapper<>(this, "candidates",
            FXCollections.unmodifiableObservableList(candidateList));
    private final ReadOnlyListWrapper<CongressAttendee> nominees = new ReadOnlyListWrapper<>(this, "nominees",
            FXCollections.unmodifiableObservableList(nomineeList));
    private final ReadOnlyStringWrapper listProblems = new ReadOnlyStringWrapper(this, "listProblems", "");

    /** Wires the view model; it follows the congress and the office the screen shows. */
    public OfficeListViewModel(OfficeListService lists, ElectionSelection selection, UiExecutor executor,
            Messages messages) {
        this.lists = lists;
        this.selection = selection;
        this.executor = executor;
        this.messages = messages;
        selection.congressProperty().addListener((obs, old, now) -> reloadOffices(officeId()));
        selection.officeProperty().addListener((obs, old, now) -> reloadList());
        selection.roundsChangedProperty().addListener((obs, old, now) -> reloadList());
    }

    /** The offices of the congress, in the order they are elected. */
    public ReadOnlyListProperty<ElectionOffice> officesProperty() {
        return offices.getReadOnlyProperty();
    }

    /** The office worked on (the entry and result tabs show its rounds). */
    public ReadOnlyObjectProperty<ElectionOffice> officeProperty() {
        return selection.officeProperty();
    }

    /** Every name put on the office's list, withdrawn ones included, in ballot order. */
    public ReadOnlyListProperty<ListedCandidate> candidatesProperty() {
        return candidates.getReadOnlyProperty();
    }

    /** Who may be put on the office's list (the secretary and deputy: committee members only). */
    public ReadOnlyListProperty<CongressAttendee> nomineesProperty() {
        return nominees.getReadOnlyProperty();
    }

    /** What the rules say about the list for the next round, one problem per line; empty when it may be voted on. */
    public ReadOnlyStringProperty listProblemsProperty() {
        return listProblems.getReadOnlyProperty();
    }

    /** Works on another office. */
    public void select(ElectionOffice office) {
        selection.selectOffice(office);
    }

    /**
     * The number of a name on the ballot (withdrawn names have none).
     *
     * @param candidate a line of {@link #candidatesProperty()}
     * @return 1, 2, … in ballot order, or 0 for a withdrawn name
     */
    public int ballotNumber(ListedCandidate candidate) {
        if (candidate.withdrawn()) {
            return 0;
        }
        return (int) candidateList.stream().filter(c -> !c.withdrawn()).takeWhile(c -> c.id() != candidate.id())
                .count() + 1;
    }

    /** Adds an office with the number to elect and the show of hands, then works on it. */
    public void addOffice(OfficeForm form) {
        Congress current = selection.congressProperty().get();
        if (current == null || form.office() == null) {
            return;
        }
        int[] figures;
        try {
            figures = new int[] {number(form.seats()), number(form.alternates()), number(form.handsFor()),
                number(form.handsAgainst())};
        } catch (NumberFormatException e) {
            selection.fail(messages.get("election.ui.problem.number"));
            return;
        }
        executor.submit(progress -> lists.addOffice(current.id(), form.office(), figures[0], figures[1], figures[2],
                figures[3]), id -> {
                    selection.clearError();
                    reloadOffices(id);
                }, this::fail);
    }

    /**
     * Puts a member on the list of the office worked on.
     *
     * @param attendee   the member
     * @param floorVotes hands in favour for a nomination from the floor; null or blank for the convening
     *                   committee's nomination
     */
    public void nominate(CongressAttendee attendee, String floorVotes) {
        ElectionOffice current = selection.officeProperty().get();
        if (current == null || attendee == null) {
            return;
        }
        Integer votes;
        try {
            votes = floorVotes == null || floorVotes.isBlank() ? null : Integer.valueOf(floorVotes.trim());
        } catch (NumberFormatException e) {
            selection.fail(messages.get("election.ui.problem.number"));
            return;
        }
        executor.submit(progress -> votes == null ? lists.nominate(current.id(), attendee.id())
                : lists.nominateFromFloor(current.id(), attendee.id(), votes), id -> {
                    selection.clearError();
                    reloadList();
                }, this::fail);
    }

    /** Takes a name off the list of the office worked on. */
    public void withdraw(ListedCandidate candidate) {
        ElectionOffice current = selection.officeProperty().get();
        if (current == null || candidate == null) {
            return;
        }
        executor.submit(progress -> {
            lists.withdraw(current.id(), candidate.id());
            return true;
        }, ok -> reloadList(), this::fail);
    }

    /** Reads the offices of the congress shown again, staying on the office worked on. */
    public void reload() {
        reloadOffices(officeId());
    }

    /** Reads the list of the office worked on again. */
    public void reloadList() {
        ElectionOffice current = selection.officeProperty().get();
        if (current == null) {
            candidateList.clear();
            nomineeList.clear();
            listProblems.set("");
            return;
        }
        executor.submit(progress -> lists.officeList(current.id()), this::show, this::fail);
    }

    private void show(OfficeList list) {
        nomineeList.setAll(list.eligible());
        candidateList.setAll(list.candidates());
        listProblems.set(String.join("\n", list.problems().stream().map(messages::describe).toList()));
    }

    private long officeId() {
        ElectionOffice current = selection.officeProperty().get();
        return current == null ? -1 : current.id();
    }

    private void reloadOffices(long select) {
        Congress current = selection.congressProperty().get();
        if (current == null) {
            officeList.clear();
            selection.selectOffice(null);
            return;
        }
        executor.submit(progress -> lists.offices(current.id()), loaded -> {
            officeList.setAll(loaded);
            List<ElectionOffice> same = loaded.stream().filter(o -> o.id() == select).toList();
            ElectionOffice next = same.isEmpty() ? loaded.isEmpty() ? null : loaded.get(0) : same.get(0);
            if (java.util.Objects.equals(next, selection.officeProperty().get())) {
                reloadList(); // the same office: its list may have changed all the same
            } else {
                selection.selectOffice(next); // the list follows the office
            }
        }, this::fail);
    }

    private static int number(String text) {
        return text == null || text.isBlank() ? 0 : Integer.parseInt(text.trim());
    }

    private void fail(Throwable failure) {
        selection.fail(messages.describe(failure));
    }
}
