package vn.sochibo.election.view;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Messages;
import vn.sochibo.election.CountClosing;
import vn.sochibo.election.Disagreement;
import vn.sochibo.election.ElectionOffice;
import vn.sochibo.election.EntryComparison;
import vn.sochibo.election.OfficeRounds;
import vn.sochibo.election.RoundInfo;
import vn.sochibo.election.service.ElectionDocumentService;
import vn.sochibo.election.service.ElectionService;
import vn.sochibo.ui.FileDialogs;
import vn.sochibo.ui.UiExecutor;

/**
 * The ballot entry tab: open a round, print its ballot paper, enter ballots from the keyboard as entry 1 or entry
 * 2, list the ballots where the entries differ (once both are done: blind double entry), confirm the board's
 * figures and count, or enter the board's hand-counted totals. FX thread only; every service call runs through
 * the {@link UiExecutor}.
 */
public final class BallotEntryViewModel extends OfficeRoundsViewModel {

    /**
     * The board's hand count, as typed.
     *
     * @param collected ballots in the box
     * @param valid     valid ballots
     * @param invalid   invalid ballots
     * @param reasons   the board's reasons for the invalid ballots
     * @param votes     votes per name in list order, separated by spaces
     */
    public record TotalsForm(String collected, String valid, String invalid, String reasons, String votes) {
    }

    /** How far the two entries have got, and the ballots the board is asked to confirm, read after a ballot. */
    private record Progress(EntryComparison comparison, CountClosing closing) {
    }

    private final ReadOnlyObjectWrapper<RoundInfo> round = new ReadOnlyObjectWrapper<>(this, "round");
    private final ReadOnlyStringWrapper roundText = new ReadOnlyStringWrapper(this, "roundText", "");
    private final ReadOnlyStringWrapper listText = new ReadOnlyStringWrapper(this, "listText", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ReadOnlyIntegerWrapper entryNo = new ReadOnlyIntegerWrapper(this, "entryNo", 1);
    private final ReadOnlyIntegerWrapper sequence = new ReadOnlyIntegerWrapper(this, "sequence", 1);
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ReadOnlyStringWrapper comparisonText = new ReadOnlyStringWrapper(this, "comparisonText", "");
    private final ReadOnlyBooleanWrapper counted = new ReadOnlyBooleanWrapper(this, "counted", false);
    private final ObservableList<Disagreement> differing = FXCollections.observableArrayList();
    private final ReadOnlyListWrapper<Disagreement> disagreements = new ReadOnlyListWrapper<>(this, "disagreements",
            FXCollections.unmodifiableObservableList(differing));
    // typed by the clerk and filled by the program: bound to the fields through bindEntryText and bindClosing
    private final StringProperty entryText = new SimpleStringProperty(this, "entryText", "");
    private final StringProperty collected = new SimpleStringProperty(this, "collected", "");
    private final StringProperty recordNumber = new SimpleStringProperty(this, "recordNumber", "");
    private final StringProperty endedAt = new SimpleStringProperty(this, "endedAt", "");
    private final StringProperty shortfallNote = new SimpleStringProperty(this, "shortfallNote", "");
    private long closingRound = -1;
    private boolean surplus;

    /** Wires the view model; it follows the office the screen works on and the changes to its rounds. */
    public BallotEntryViewModel(ElectionService elections, ElectionDocumentService documents,
            ElectionSelection selection, UiExecutor executor, Messages messages, FileDialogs saveFiles) {
        super(elections, documents, selection, executor, messages, saveFiles);
    }

    /** The round being entered: the office's last round, or null before the first. */
    public ReadOnlyObjectProperty<RoundInfo> roundProperty() { return round.getReadOnlyProperty(); }
    /** The round's number, kind, ballots issued and state. */
    public ReadOnlyStringProperty roundTextProperty() { return roundText.getReadOnlyProperty(); }
    /** The names on the round's ballot, numbered, one per line. */
    public ReadOnlyStringProperty listTextProperty() { return listText.getReadOnlyProperty(); }
    /** How to type a ballot of this round. */
    public ReadOnlyStringProperty hintProperty() { return hint.getReadOnlyProperty(); }
    /** Who is entering: 1 or 2. */
    public ReadOnlyIntegerProperty entryNoProperty() { return entryNo.getReadOnlyProperty(); }
    /** The number of the ballot typed next. */
    public ReadOnlyIntegerProperty sequenceProperty() { return sequence.getReadOnlyProperty(); }
    /** How the last ballot was ruled. */
    public ReadOnlyStringProperty feedbackProperty() { return feedback.getReadOnlyProperty(); }
    /** How far each entry has got; says the comparison waits until both are done (blind double entry). */
    public ReadOnlyStringProperty comparisonTextProperty() { return comparisonText.getReadOnlyProperty(); }
    /** Whether the round has been counted. */
    public ReadOnlyBooleanProperty countedProperty() { return counted.getReadOnlyProperty(); }
    /** The ballots where the two entries differ, once both have entered as many. */
    public ReadOnlyListProperty<Disagreement> disagreementsProperty() { return disagreements.getReadOnlyProperty(); }

    /** Binds the field the ballot is typed in: the clerk types, a recorded ballot empties it. */
    public void bindEntryText(Property<String> field) {
        field.bindBidirectional(entryText);
    }

    /**
     * Binds the fields where the board confirms the close of the count: the program proposes the ballots
     * collected, the record number and the time; the clerk corrects them and adds the note on missing ballots.
     */
    public void bindClosing(Property<String> collectedField, Property<String> recordNumberField,
            Property<String> endedAtField, Property<String> shortfallField) {
        collectedField.bindBidirectional(collected);
        recordNumberField.bindBidirectional(recordNumber);
        endedAtField.bindBidirectional(endedAt);
        shortfallField.bindBidirectional(shortfallNote);
    }

    /** Enters as entry 1 or entry 2 from now on; the ballot number follows that entry. */
    public void selectEntry(int entry) {
        if (entry != entryNo.get()) {
            entryNo.set(entry);
            nextSequence();
        }
    }

    /** Shows a ballot's number for correction: the next ballot typed goes under it. */
    public void goTo(int ballotNumber) {
        sequence.set(ballotNumber);
    }

    /** Reads the office's last round again. */
    @Override
    public void reload() {
        ElectionOffice current = selection.officeProperty().get();
        if (current == null) {
            round.set(null);
            roundText.set("");
            listText.set("");
            return;
        }
        int entry = entryNo.get();
        executor.submit(progress -> elections.officeRounds(current.id(), entry), this::show, this::fail);
    }

    private void show(OfficeRounds loaded) {
        RoundInfo last = loaded.last();
        round.set(last);
        counted.set(last != null && last.counted());
        showComparison(loaded.comparison());
        sequence.set(loaded.nextSequence());
        showClosing(last, loaded.closing());
        if (last == null) {
            roundText.set(messages.get("election.ui.round.none"));
            listText.set("");
            hint.set("");
            return;
        }
        roundText.set(text.round(last));
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < last.candidates().size(); i++) {
            names.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(last.candidates().get(i).name());
        }
        listText.set(names.toString());
        surplus = loaded.lastResult() != null && loaded.lastResult().contest().hasSurplus();
        hint.set(messages.get(surplus ? "election.ui.hint.crossing" : "election.ui.hint.marks"));
    }

    /**
     * Blind double entry: while the two entries have not entered the same number of ballots, nothing of the
     * other entry is shown (src/site/rules.md, "Sinh hoạt chi bộ và đại hội").
     */
    private void showComparison(EntryComparison comparison) {
        if (comparison.bothDone()) {
            differing.setAll(comparison.differing());
            comparisonText.set(comparison.differing().isEmpty()
                    ? messages.get("election.ui.comparison.agree", comparison.entered1())
                    : messages.get("election.ui.comparison.differ", comparison.differing().size()));
        } else {
            differing.clear();
            comparisonText.set(comparison.entered1() == 0 && comparison.entered2() == 0 ? ""
                    : messages.get("election.ui.comparison.waiting", comparison.entered1(), comparison.entered2()));
        }
    }

    private void showClosing(RoundInfo last, CountClosing proposal) {
        if (last != null && last.counted()) {
            collected.set(last.collected() == null ? "" : String.valueOf(last.collected()));
            shortfallNote.set(last.shortfallNote());
            recordNumber.set(last.recordNumber() == null ? "" : String.valueOf(last.recordNumber()));
            endedAt.set(last.endedAt() == null ? "" : last.endedAt().toLocalTime().toString());
        } else if (proposal != null) {
            collected.set(String.valueOf(proposal.collected()));
            if (closingRound != last.id()) { // what the board typed for this round stays until it counts
                closingRound = last.id();
                recordNumber.set(String.valueOf(proposal.recordNumber()));
                endedAt.set(proposal.endedAt().toString());
                shortfallNote.set("");
            }
        } else {
            collected.set("");
            shortfallNote.set("");
            recordNumber.set("");
            endedAt.set("");
        }
    }

    /**
     * Opens the next round of the office worked on.
     *
     * @param issued     ballots handed out, as typed
     * @param totalsOnly whether the board counts by hand
     */
    public void openRound(String issued, boolean totalsOnly) {
        ElectionOffice current = selection.officeProperty().get();
        if (current == null) {
            return;
        }
        int ballots;
        try {
            ballots = Integer.parseInt(issued.trim());
        } catch (RuntimeException e) {
            selection.fail(messages.get("election.ui.problem.number"));
            return;
        }
        executor.submit(progress -> elections.openRound(current.id(), ballots, totalsOnly), id -> {
            selection.clearError();
            selection.roundsChanged();
        }, this::fail);
    }

    /** Enters the typed ballot under the shown number, then moves to the next number. */
    public void enter() {
        RoundInfo current = round.get();
        if (current == null) {
            return;
        }
        String typed = entryText.get();
        if (typed == null || typed.isBlank()) { // a stray Enter: nothing is recorded (the service refuses it too)
            selection.fail(messages.get(surplus && current.candidates().size() > 1
                    ? "election.ballot.problem.emptyCrossing" : "election.ballot.problem.emptyMarks"));
            return;
        }
        int number = sequence.get();
        int entry = entryNo.get();
        executor.submit(progress -> elections.enterBallot(current.id(), entry, number, typed), ruling -> {
            selection.clearError();
            feedback.set(messages.get("election.ui.entered", number, ruling.valid()
                    ? messages.get("election.ui.ruling.valid", String.join(", ", ruling.votesFor()))
                    : messages.get("election.ui.ruling.invalid", text.reason(ruling.invalidReason()))));
            entryText.set("");
            refreshProgress();
            nextSequence();
        }, this::fail);
    }

    private void nextSequence() {
        RoundInfo current = round.get();
        if (current == null) {
            return;
        }
        int entry = entryNo.get();
        executor.submit(progress -> elections.nextSequence(current.id(), entry), sequence::set, this::fail);
    }

    private void refreshProgress() {
        RoundInfo current = round.get();
        executor.submit(progress -> new Progress(elections.comparison(current.id()),
                elections.closingProposal(current.id())), loaded -> {
                    showComparison(loaded.comparison());
                    collected.set(String.valueOf(loaded.closing().collected()));
                }, this::fail);
    }

    /** Enters the board's totals for a round counted by hand. */
    public void enterTotals(TotalsForm form) {
        RoundInfo current = round.get();
        if (current == null) {
            return;
        }
        List<Integer> votes = new ArrayList<>();
        int[] ballots;
        try {
            ballots = new int[] {Integer.parseInt(form.collected().trim()), Integer.parseInt(form.valid().trim()),
                Integer.parseInt(form.invalid().trim())};
            for (String part : form.votes().trim().split("[\\s,;]+")) {
                votes.add(Integer.valueOf(part));
            }
        } catch (RuntimeException e) {
            selection.fail(messages.get("election.ui.problem.number"));
            return;
        }
        executor.submit(progress -> {
            elections.enterTotals(current.id(), ballots[0], ballots[1], ballots[2], form.reasons(), votes);
            return true;
        }, ok -> {
            selection.clearError();
            selection.roundsChanged(); // the result tab shows what the totals give
        }, this::fail);
    }

    /** Counts the round with what the board confirmed (refused while the entries differ). */
    public void count() {
        RoundInfo current = round.get();
        if (current == null) {
            return;
        }
        CountClosing closing;
        try {
            String time = endedAt.get().trim();
            closing = new CountClosing(Integer.parseInt(collected.get().trim()), shortfallNote.get(),
                    Integer.parseInt(recordNumber.get().trim()), time.isEmpty() ? null
                    : LocalTime.parse(time.length() == 4 ? "0" + time : time));
        } catch (RuntimeException e) {
            selection.fail(messages.get("election.ui.problem.closing"));
            return;
        }
        executor.submit(progress -> elections.count(current.id(), closing), result -> {
            selection.clearError();
            selection.tell(messages.get("election.ui.counted", current.number()));
            selection.roundsChanged();
        }, this::fail);
    }

    /** Asks where to save, then writes the ballot paper of the round (counted or not). */
    public void exportBallotPaper() {
        RoundInfo current = round.get();
        if (current == null) {
            selection.fail(messages.get("election.ui.round.none"));
            return;
        }
        files.save("election.ui.export.ballot", "phieu-bau.docx", current.id(), documents::writeBallotPaper);
    }
}
