package vn.sochibo.election.view;

import vn.sochibo.election.Attendance;
import vn.sochibo.election.Congress;
import vn.sochibo.election.CongressAttendee;
import vn.sochibo.election.CongressDraft;
import vn.sochibo.election.ElectionOffice;
import vn.sochibo.election.ListedCandidate;
import vn.sochibo.election.engine.CongressRoll;
import vn.sochibo.election.engine.Office;
import vn.sochibo.election.service.CongressService;
import vn.sochibo.election.service.OfficeListService;

import vn.sochibo.vote.VoteBase;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.ui.UiExecutor;

/**
 * The congress half of the "Đại hội &amp; bầu cử" screen: set up a congress from the register, record
 * attendance with N itemised live, set up offices and candidate lists. FX thread only; every service call
 * runs through the {@link UiExecutor}.
 */
public final class CongressViewModel {

    private final CongressService congresses;
    private final OfficeListService lists;
    private final UiExecutor executor;
    private final Messages messages;

    private final StringProperty term = new SimpleStringProperty(this, "term", "");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final StringProperty recordNumber = new SimpleStringProperty(this, "recordNumber", "1");
    private final StringProperty boardHead = new SimpleStringProperty(this, "boardHead", "");
    private final StringProperty boardMembers = new SimpleStringProperty(this, "boardMembers", "");
    private final ObservableList<Congress> congressList = FXCollections.observableArrayList();
    private final ObjectProperty<Congress> congress = new SimpleObjectProperty<>(this, "congress");
    private final ObservableList<CongressAttendee> roll = FXCollections.observableArrayList();
    private final StringProperty baseText = new SimpleStringProperty(this, "baseText", "");
    private final ObservableList<ElectionOffice> offices = FXCollections.observableArrayList();
    private final ObjectProperty<ElectionOffice> office = new SimpleObjectProperty<>(this, "office");
    private final ObservableList<CongressAttendee> nominees = javafx.collections.FXCollections.observableArrayList();
    private final ObservableList<ListedCandidate> candidates = FXCollections.observableArrayList();
    private final StringProperty listProblems = new SimpleStringProperty(this, "listProblems", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    /** Wires the view model. */
    public CongressViewModel(CongressService congresses, OfficeListService lists, UiExecutor executor,
            Messages messages) {
        this.congresses = congresses;
        this.lists = lists;
        this.executor = executor;
        this.messages = messages;
        congress.addListener((obs, old, now) -> reloadCongress());
        office.addListener((obs, old, now) -> reloadList());
    }

    public StringProperty termProperty() { return term; }
    public StringProperty dateProperty() { return date; }
    public StringProperty placeProperty() { return place; }
    public StringProperty recordNumberProperty() { return recordNumber; }
    public StringProperty boardHeadProperty() { return boardHead; }
    public StringProperty boardMembersProperty() { return boardMembers; }
    public ObservableList<Congress> congressList() { return congressList; }
    public ObjectProperty<Congress> congressProperty() { return congress; }
    public ObservableList<CongressAttendee> roll() { return roll; }
    public StringProperty baseTextProperty() { return baseText; }
    public ObservableList<ElectionOffice> offices() { return offices; }
    public ObjectProperty<ElectionOffice> officeProperty() { return office; }
    public ObservableList<ListedCandidate> candidates() { return candidates; }
    /** Who may be put on the selected office's list (the secretary and deputy: committee members only). */
    public ObservableList<CongressAttendee> nominees() { return nominees; }
    public StringProperty listProblemsProperty() { return listProblems; }
    public StringProperty errorProperty() { return error; }

    /** Loads the congresses and selects the newest. */
    public void load() {
        executor.submit(progress -> congresses.list(), list -> {
            congressList.setAll(list);
            if (!list.isEmpty() && congress.get() == null) {
                congress.set(list.get(0));
            }
        }, this::fail);
    }

    /** Sets up a congress from the form and the register, then selects it. */
    public void createCongress() {
        LocalDate heldOn;
        int number;
        try {
            heldOn = Formats.parseDate(date.get());
            number = Integer.parseInt(recordNumber.get().trim());
        } catch (RuntimeException e) {
            error.set(messages.get("election.ui.problem.dateOrNumber"));
            return;
        }
        List<String> board = Arrays.stream(boardMembers.get().split("[,;]")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        CongressDraft draft = new CongressDraft(term.get(), heldOn, place.get(), number, boardHead.get(), board);
        executor.submit(progress -> {
            long id = congresses.create(draft);
            return congresses.list().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        }, created -> {
            error.set("");
            congressList.add(0, created);
            congress.set(created);
        }, this::fail);
    }

    /** Records one member's attendance; N is recomputed. */
    public void setAttendance(CongressAttendee attendee, Attendance attendance) {
        if (attendee == null || attendance == null) {
            return;
        }
        executor.submit(progress -> {
            congresses.setAttendance(attendee.id(), attendance);
            return true;
        }, ok -> reloadCongress(), this::fail);
    }

    /**
     * Adds an office with the number to elect and the show of hands.
     *
     * @param kind the office; the other arguments are the typed figures
     */
    public void addOffice(Office kind, String seats, String alternates, String handsFor, String handsAgainst) {
        Congress current = congress.get();
        if (current == null || kind == null) {
            return;
        }
        int[] figures;
        try {
            figures = new int[] {number(seats), number(alternates), number(handsFor), number(handsAgainst)};
        } catch (NumberFormatException e) {
            error.set(messages.get("election.ui.problem.number"));
            return;
        }
        executor.submit(progress -> lists.addOffice(current.id(), kind, figures[0], figures[1],
                figures[2], figures[3]), id -> {
                    error.set("");
                    reloadOffices(id);
                }, this::fail);
    }

    /**
     * Puts a member on the selected office's list.
     *
     * @param attendee   the member
     * @param floorVotes hands in favour for a floor nomination; blank for the convening committee's nomination
     */
    public void nominate(CongressAttendee attendee, String floorVotes) {
        ElectionOffice current = office.get();
        if (current == null || attendee == null) {
            return;
        }
        Integer votes;
        try {
            votes = floorVotes == null || floorVotes.isBlank() ? null : Integer.valueOf(floorVotes.trim());
        } catch (NumberFormatException e) {
            error.set(messages.get("election.ui.problem.number"));
            return;
        }
        executor.submit(progress -> votes == null ? lists.nominate(current.id(), attendee.id())
                : lists.nominateFromFloor(current.id(), attendee.id(), votes), id -> {
                    error.set("");
                    reloadList();
                }, this::fail);
    }

    /** Takes a name off the selected office's list. */
    public void withdraw(ListedCandidate candidate) {
        ElectionOffice current = office.get();
        if (current == null || candidate == null) {
            return;
        }
        executor.submit(progress -> {
            lists.withdraw(current.id(), candidate.id());
            return true;
        }, ok -> reloadList(), this::fail);
    }

    /** Reloads the selected office's list and its problems. */
    public void reloadList() {
        ElectionOffice current = office.get();
        if (current == null) {
            candidates.clear();
            nominees.clear();
            listProblems.set("");
            return;
        }
        executor.submit(progress -> new Object[] {lists.candidates(current.id()),
            lists.listProblems(current.id()), lists.eligible(current.id())}, loaded -> {
                @SuppressWarnings("unchecked")
                List<CongressAttendee> eligible = (List<CongressAttendee>) loaded[2];
                nominees.setAll(eligible);
                @SuppressWarnings("unchecked")
                List<ListedCandidate> listed = (List<ListedCandidate>) loaded[0];
                @SuppressWarnings("unchecked")
                List<vn.sochibo.common.Problem> problems = (List<vn.sochibo.common.Problem>) loaded[1];
                candidates.setAll(listed);
                listProblems.set(String.join("\n", problems.stream().map(messages::describe).toList()));
            }, this::fail);
    }

    private void reloadCongress() {
        Congress current = congress.get();
        if (current == null) {
            return;
        }
        executor.submit(progress -> new Object[] {congresses.roll(current.id()), congresses.congressRoll(current.id())},
                loaded -> {
                    @SuppressWarnings("unchecked")
                    List<CongressAttendee> lines = (List<CongressAttendee>) loaded[0];
                    roll.setAll(lines);
                    baseText.set(baseText((CongressRoll) loaded[1]));
                }, this::fail);
        reloadOffices(office.get() == null ? -1 : office.get().id());
    }

    private void reloadOffices(long select) {
        Congress current = congress.get();
        executor.submit(progress -> lists.offices(current.id()), list -> {
            offices.setAll(list);
            office.set(list.stream().filter(o -> o.id() == select).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
            reloadList();
        }, this::fail);
    }

    private String baseText(CongressRoll congressRoll) {
        VoteBase base = congressRoll.voteBase();
        StringBuilder text = new StringBuilder(messages.get("election.ui.base.official", base.officialMembers()));
        for (VoteBase.Subtraction subtraction : base.subtractions()) {
            text.append('\n').append(messages.get("election.ui.base.line", messages.get(subtraction.labelKey()),
                    subtraction.count()));
        }
        text.append('\n').append(messages.get("election.ui.base.n", base.n(), base.votesNeeded()));
        text.append('\n').append(messages.get("election.ui.base.holders", congressRoll.ballotHolders().size()));
        congressRoll.notes().forEach(note -> text.append('\n').append(messages.describe(note)));
        return text.toString();
    }

    private static int number(String text) {
        return text == null || text.isBlank() ? 0 : Integer.parseInt(text.trim());
    }

    private void fail(Throwable failure) {
        error.set(messages.describe(failure));
    }
}
