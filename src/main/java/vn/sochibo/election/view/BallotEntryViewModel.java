package vn.sochibo.election.view;

import vn.sochibo.election.CountClosing;
import vn.sochibo.election.Disagreement;
import vn.sochibo.election.ElectionOffice;
import vn.sochibo.election.EntryComparison;
import vn.sochibo.election.RoundInfo;
import vn.sochibo.election.engine.Candidate;
import vn.sochibo.election.engine.CandidateResult;
import vn.sochibo.election.engine.Election;
import vn.sochibo.election.engine.Round;
import vn.sochibo.election.engine.TallyResult;
import vn.sochibo.election.service.ElectionService;
import vn.sochibo.election.service.ElectionDocumentService;
import vn.sochibo.election.TallyText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Messages;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.ui.FileDialogs;
import vn.sochibo.ui.FileKind;
import vn.sochibo.ui.UiExecutor;

/**
 * The voting half of the "Đại hội &amp; bầu cử" screen: open a round, enter ballots from the keyboard as entry 1
 * or entry 2, list the ballots where the entries differ, count, record "vote again" or "stop", export the count
 * record and the workbooks. FX thread only; every service call runs through the {@link UiExecutor}.
 */
public final class BallotEntryViewModel {

    private final ElectionService elections;
    private final ElectionDocumentService documents;
    private final TallyText text;
    private final UiExecutor executor;
    private final Messages messages;
    private final FileDialogs saveFiles;

    private final ObjectProperty<ElectionOffice> office = new SimpleObjectProperty<>(this, "office");
    private final ObjectProperty<RoundInfo> round = new SimpleObjectProperty<>(this, "round");
    private final StringProperty roundText = new SimpleStringProperty(this, "roundText", "");
    private final StringProperty listText = new SimpleStringProperty(this, "listText", "");
    private final StringProperty hint = new SimpleStringProperty(this, "hint", "");
    private final IntegerProperty entryNo = new SimpleIntegerProperty(this, "entryNo", 1);
    private final IntegerProperty sequence = new SimpleIntegerProperty(this, "sequence", 1);
    private final StringProperty entryText = new SimpleStringProperty(this, "entryText", "");
    private final StringProperty feedback = new SimpleStringProperty(this, "feedback", "");
    private final ObservableList<Disagreement> disagreements = FXCollections.observableArrayList();
    private final ObservableList<CandidateResult> resultRows = FXCollections.observableArrayList();
    private final StringProperty resultText = new SimpleStringProperty(this, "resultText", "");
    private final BooleanProperty canDecide = new SimpleBooleanProperty(this, "canDecide", false);
    private final BooleanProperty counted = new SimpleBooleanProperty(this, "counted", false);
    private final ObservableList<RoundInfo> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<RoundInfo> shownRound = new SimpleObjectProperty<>(this, "shownRound");
    private final BooleanProperty shownCounted = new SimpleBooleanProperty(this, "shownCounted", false);
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty comparisonText = new SimpleStringProperty(this, "comparisonText", "");
    private final StringProperty collected = new SimpleStringProperty(this, "collected", "");
    private final StringProperty shortfallNote = new SimpleStringProperty(this, "shortfallNote", "");
    private final StringProperty recordNumber = new SimpleStringProperty(this, "recordNumber", "");
    private final StringProperty endedAt = new SimpleStringProperty(this, "endedAt", "");
    private long closingRound = -1;

    /** Wires the view model. */
    public BallotEntryViewModel(ElectionService elections, ElectionDocumentService documents, UiExecutor executor,
            Messages messages, FileDialogs saveFiles) {
        this.elections = elections;
        this.documents = documents;
        this.text = new TallyText(messages);
        this.executor = executor;
        this.messages = messages;
        this.saveFiles = saveFiles;
        office.addListener((obs, old, now) -> reload());
        entryNo.addListener((obs, old, now) -> nextSequence());
        shownRound.addListener((obs, old, now) -> showRound(now));
    }

    public ObjectProperty<ElectionOffice> officeProperty() { return office; }
    public ObjectProperty<RoundInfo> roundProperty() { return round; }
    public StringProperty roundTextProperty() { return roundText; }
    public StringProperty listTextProperty() { return listText; }
    public StringProperty hintProperty() { return hint; }
    public IntegerProperty entryNoProperty() { return entryNo; }
    public IntegerProperty sequenceProperty() { return sequence; }
    public StringProperty entryTextProperty() { return entryText; }
    public StringProperty feedbackProperty() { return feedback; }
    public ObservableList<Disagreement> disagreements() { return disagreements; }
    public ObservableList<CandidateResult> resultRows() { return resultRows; }
    public StringProperty resultTextProperty() { return resultText; }
    public BooleanProperty canDecideProperty() { return canDecide; }
    public BooleanProperty countedProperty() { return counted; }
    public ObservableList<RoundInfo> rounds() { return rounds; }
    public ObjectProperty<RoundInfo> shownRoundProperty() { return shownRound; }
    public BooleanProperty shownCountedProperty() { return shownCounted; }
    public StringProperty errorProperty() { return error; }
    public StringProperty messageProperty() { return message; }
    /** How far each entry has got; says the comparison waits until both are done (blind double entry). */
    public StringProperty comparisonTextProperty() { return comparisonText; }
    /** Ballots the board found in the box, as it confirms at the count. */
    public StringProperty collectedProperty() { return collected; }
    /** Why fewer ballots came back than were issued. */
    public StringProperty shortfallNoteProperty() { return shortfallNote; }
    /** The count record's number, as the board confirms it. */
    public StringProperty recordNumberProperty() { return recordNumber; }
    /** When the count ended ("10:30"), as the board confirms it. */
    public StringProperty endedAtProperty() { return endedAt; }

    /** Reloads the selected office's latest round, its disagreements and result. */
    public void reload() {
        ElectionOffice current = office.get();
        if (current == null) {
            round.set(null);
            roundText.set("");
            listText.set("");
            return;
        }
        executor.submit(progress -> {
            List<RoundInfo> rounds = elections.rounds(current.id());
            RoundInfo last = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
            Election election = elections.election(current.id());
            TallyResult result = last == null ? null : elections.result(last.id());
            EntryComparison comparison = last == null ? new EntryComparison(0, 0, List.of())
                    : elections.comparison(last.id());
            int next = last == null ? 1 : elections.nextSequence(last.id(), entryNo.get());
            CountClosing closing = last == null ? null : elections.closingProposal(last.id());
            return new Loaded(rounds, last, election.next(), result, comparison, next, closing);
        }, this::show, this::fail);
    }

    private record Loaded(List<RoundInfo> all, RoundInfo round, Election.NextStep next, TallyResult result,
            EntryComparison comparison, int nextSequence, CountClosing closing) {
    }

    /** Shows the result of an earlier round (the result tab's round selector); exports then use that round. */
    private void showRound(RoundInfo chosen) {
        shownCounted.set(chosen != null && chosen.counted());
        ElectionOffice current = office.get();
        if (chosen == null || current == null) {
            return;
        }
        executor.submit(progress -> new Object[] {elections.result(chosen.id()), elections.election(current.id())},
                loaded -> {
                    TallyResult result = (TallyResult) loaded[0];
                    resultRows.setAll(result.candidates());
                    resultText.set(summary(result, ((Election) loaded[1]).next()));
                }, this::fail);
    }

    private void show(Loaded loaded) {
        RoundInfo last = loaded.round();
        round.set(last);
        rounds.setAll(loaded.all());
        shownRound.set(last);
        shownCounted.set(last != null && last.counted());
        counted.set(last != null && last.counted());
        showComparison(loaded.comparison());
        sequence.set(loaded.nextSequence());
        showClosing(last, loaded.closing());
        canDecide.set(loaded.next() == Election.NextStep.DECIDE_VOTE_AGAIN_OR_STOP
                || loaded.next() == Election.NextStep.TIE_BREAK_ROUND);
        if (last == null) {
            roundText.set(messages.get("election.ui.round.none"));
            listText.set("");
            hint.set("");
            resultRows.clear();
            resultText.set(messages.get("election.ui.next." + loaded.next().name()));
            return;
        }
        roundText.set(messages.get("election.ui.round.info", last.number(), messages.label(last.kind()),
                last.ballotsIssued(), messages.get(last.counted() ? "election.ui.round.counted"
                        : last.totalsOnly() ? "election.ui.round.totalsOnly" : "election.ui.round.entering")));
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < last.candidates().size(); i++) {
            names.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(last.candidates().get(i).name());
        }
        listText.set(names.toString());
        boolean surplus = loaded.result() != null && loaded.result().contest().hasSurplus();
        hint.set(messages.get(surplus ? "election.ui.hint.crossing" : "election.ui.hint.marks"));
        TallyResult result = loaded.result();
        resultRows.setAll(result == null ? List.of() : result.candidates());
        resultText.set(result == null ? "" : summary(result, loaded.next()));
    }

    /**
     * Blind double entry: while the two entries have not entered the same number of ballots, nothing of the
     * other entry is shown (src/site/rules.md, "Sinh hoạt chi bộ và đại hội").
     */
    private void showComparison(EntryComparison comparison) {
        if (comparison.bothDone()) {
            disagreements.setAll(comparison.differing());
            comparisonText.set(comparison.differing().isEmpty()
                    ? messages.get("election.ui.comparison.agree", comparison.entered1())
                    : messages.get("election.ui.comparison.differ", comparison.differing().size()));
        } else {
            disagreements.clear();
            comparisonText.set(comparison.entered1() == 0 && comparison.entered2() == 0 ? ""
                    : messages.get("election.ui.comparison.waiting", comparison.entered1(), comparison.entered2()));
        }
    }

    private void showClosing(RoundInfo round, CountClosing proposal) {
        if (round != null && round.counted()) {
            collected.set(round.collected() == null ? "" : String.valueOf(round.collected()));
            shortfallNote.set(round.shortfallNote());
            recordNumber.set(round.recordNumber() == null ? "" : String.valueOf(round.recordNumber()));
            endedAt.set(round.endedAt() == null ? "" : round.endedAt().toLocalTime().toString());
        } else if (proposal != null) {
            collected.set(String.valueOf(proposal.collected()));
            if (closingRound != round.id()) { // what the board typed for this round stays until it counts
                closingRound = round.id();
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

    private String summary(TallyResult result, Election.NextStep next) {
        return String.join("\n", text.brief(result, next));
    }

    /**
     * Opens the next round of the selected office.
     *
     * @param issued     ballots handed out, as typed
     * @param totalsOnly whether the board counts by hand
     */
    public void openRound(String issued, boolean totalsOnly) {
        ElectionOffice current = office.get();
        if (current == null) {
            return;
        }
        int ballots;
        try {
            ballots = Integer.parseInt(issued.trim());
        } catch (RuntimeException e) {
            error.set(messages.get("election.ui.problem.number"));
            return;
        }
        executor.submit(progress -> elections.openRound(current.id(), ballots, totalsOnly), id -> {
            error.set("");
            reload();
        }, this::fail);
    }

    /** Enters the typed ballot under the shown sequence number, then moves to the next number. */
    public void enter() {
        RoundInfo current = round.get();
        if (current == null) {
            return;
        }
        String typed = entryText.get();
        if (typed == null || typed.isBlank()) { // a stray Enter: nothing is recorded (the service refuses it too)
            boolean surplus = current.candidates().size() > 1 && !hint.get().isEmpty()
                    && hint.get().equals(messages.get("election.ui.hint.crossing"));
            error.set(messages.get(surplus ? "election.ballot.problem.emptyCrossing"
                    : "election.ballot.problem.emptyMarks"));
            return;
        }
        int number = sequence.get();
        int entry = entryNo.get();
        executor.submit(progress -> elections.enterBallot(current.id(), entry, number, typed), ruling -> {
            error.set("");
            feedback.set(messages.get("election.ui.entered", number, ruling.valid()
                    ? messages.get("election.ui.ruling.valid", String.join(", ", ruling.votesFor()))
                    : messages.get("election.ui.ruling.invalid", text.reason(ruling.invalidReason()))));
            entryText.set("");
            refreshDisagreements();
            nextSequence();
        }, this::fail);
    }

    /** Shows a ballot's number for correction: the next entry goes under it. */
    public void goTo(int ballotNumber) {
        sequence.set(ballotNumber);
    }

    private void nextSequence() {
        RoundInfo current = round.get();
        if (current == null) {
            return;
        }
        int entry = entryNo.get();
        executor.submit(progress -> elections.nextSequence(current.id(), entry), sequence::set, this::fail);
    }

    private void refreshDisagreements() {
        RoundInfo current = round.get();
        executor.submit(progress -> new Object[] {elections.comparison(current.id()),
            elections.closingProposal(current.id())}, loaded -> {
                showComparison((EntryComparison) loaded[0]);
                collected.set(String.valueOf(((CountClosing) loaded[1]).collected()));
            }, this::fail);
    }

    /** Enters the board's totals: figures as typed, votes in list order separated by spaces. */
    public void enterTotals(String collected, String valid, String invalid, String reasons, String votes) {
        RoundInfo current = round.get();
        if (current == null) {
            return;
        }
        List<Integer> figures = new ArrayList<>();
        int[] ballots;
        try {
            ballots = new int[] {Integer.parseInt(collected.trim()), Integer.parseInt(valid.trim()),
                Integer.parseInt(invalid.trim())};
            for (String part : votes.trim().split("[\\s,;]+")) {
                figures.add(Integer.valueOf(part));
            }
        } catch (RuntimeException e) {
            error.set(messages.get("election.ui.problem.number"));
            return;
        }
        executor.submit(progress -> {
            elections.enterTotals(current.id(), ballots[0], ballots[1], ballots[2], reasons, figures);
            return elections.preview(current.id());
        }, result -> {
            error.set("");
            resultRows.setAll(result.candidates());
            this.collected.set(String.valueOf(ballots[0]));
        }, this::fail);
    }

    /** Counts the round (refused while the entries differ) and shows the result. */
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
                    : java.time.LocalTime.parse(time.length() == 4 ? "0" + time : time));
        } catch (RuntimeException e) {
            error.set(messages.get("election.ui.problem.closing"));
            return;
        }
        executor.submit(progress -> elections.count(current.id(), closing), result -> {
            error.set("");
            message.set(messages.get("election.ui.counted", current.number()));
            reload();
        }, this::fail);
    }

    /** Records the congress's decision about open places. */
    public void decide(Round.Decision decision) {
        ElectionOffice current = office.get();
        if (current == null) {
            return;
        }
        executor.submit(progress -> {
            elections.decide(current.id(), decision);
            return true;
        }, ok -> reload(), this::fail);
    }

    /** Asks where to save, then writes the count record of the shown round. */
    public void exportCountRecord() {
        export("election.ui.export.record", "bien-ban-kiem-phieu.docx", documents::writeCountRecord);
    }

    /** Asks where to save, then writes the ballot paper of the shown round (counted or not). */
    public void exportBallotPaper() {
        RoundInfo current = round.get();
        if (current == null) {
            error.set(messages.get("election.ui.round.none"));
            return;
        }
        Optional<Path> file = saveFiles.save(messages.get("election.ui.export.ballot"), FileKind.DOCUMENT, "phieu-bau.docx");
        if (file.isEmpty()) {
            return;
        }
        executor.submit(progress -> {
            documents.writeBallotPaper(current.id(), file.get());
            return file.get();
        }, saved -> {
            error.set("");
            message.set(messages.get("election.ui.saved", saved.toString()));
        }, this::fail);
    }

    /** Asks where to save, then writes the tally workbook. */
    public void exportTally() {
        export("election.ui.export.tally", "ket-qua-kiem-phieu.xlsx", (roundId, file) ->
                documents.writeTally(roundId, roundText.get(), messages, file));
    }

    /** Asks where to save, then writes the entry log workbook. */
    public void exportEntryLog() {
        export("election.ui.export.log", "nhat-ky-nhap-phieu.xlsx", (roundId, file) ->
                documents.writeEntryLog(roundId, messages, file));
    }

    private interface Export {
        void write(long roundId, Path file);
    }

    private void export(String titleKey, String suggested, Export export) {
        RoundInfo current = shownRound.get() != null ? shownRound.get() : round.get();
        if (current == null || !current.counted()) {
            error.set(messages.get("election.ui.problem.notCounted"));
            return;
        }
        Optional<Path> file = saveFiles.save(messages.get(titleKey), FileKind.WORKBOOK, suggested);
        if (file.isEmpty()) {
            return;
        }
        executor.submit(progress -> {
            export.write(current.id(), file.get());
            return file.get();
        }, saved -> {
            error.set("");
            message.set(messages.get("election.ui.saved", saved.toString()));
        }, this::fail);
    }

    private void fail(Throwable failure) {
        error.set(messages.describe(failure));
    }
}
