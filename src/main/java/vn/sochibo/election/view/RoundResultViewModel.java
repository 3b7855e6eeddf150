package vn.sochibo.election.view;

import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Messages;
import vn.sochibo.election.ElectionOffice;
import vn.sochibo.election.OfficeRounds;
import vn.sochibo.election.RoundInfo;
import vn.sochibo.election.RoundOutcome;
import vn.sochibo.election.engine.CandidateResult;
import vn.sochibo.election.engine.Election;
import vn.sochibo.election.engine.Round;
import vn.sochibo.election.engine.TallyResult;
import vn.sochibo.election.service.ElectionDocumentService;
import vn.sochibo.election.service.ElectionService;
import vn.sochibo.ui.FileDialogs;
import vn.sochibo.ui.UiExecutor;

/**
 * The result tab: the result of a round of the office worked on (the last one, or an earlier one chosen), the
 * congress's decision about places left open, and the files of a counted round (count record, tally, entry log).
 * A counted round shows the record kept when it was counted. FX thread only; every service call runs through the
 * {@link UiExecutor}.
 */
public final class RoundResultViewModel extends OfficeRoundsViewModel {

    private final ObservableList<RoundInfo> roundList = FXCollections.observableArrayList();
    private final ObservableList<CandidateResult> rows = FXCollections.observableArrayList();
    private final ReadOnlyListWrapper<RoundInfo> rounds = new ReadOnlyListWrapper<>(this, "rounds",
            FXCollections.unmodifiableObservableList(roundList));
    private final ReadOnlyListWrapper<CandidateResult> resultRows = new ReadOnlyListWrapper<>(this, "resultRows",
            FXCollections.unmodifiableObservableList(rows));
    private final ReadOnlyObjectWrapper<RoundInfo> shownRound = new ReadOnlyObjectWrapper<>(this, "shownRound");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper(this, "resultText", "");
    private final ReadOnlyBooleanWrapper canDecide = new ReadOnlyBooleanWrapper(this, "canDecide", false);
    private final ReadOnlyBooleanWrapper shownCounted = new ReadOnlyBooleanWrapper(this, "shownCounted", false);

    /** Wires the view model; it follows the office the screen works on and the changes to its rounds. */
    public RoundResultViewModel(ElectionService elections, ElectionDocumentService documents,
            ElectionSelection selection, UiExecutor executor, Messages messages, FileDialogs saveFiles) {
        super(elections, documents, selection, executor, messages, saveFiles);
    }

    /** Every round of the office, in order. */
    public ReadOnlyListProperty<RoundInfo> roundsProperty() { return rounds.getReadOnlyProperty(); }
    /** The round whose result is shown. */
    public ReadOnlyObjectProperty<RoundInfo> shownRoundProperty() { return shownRound.getReadOnlyProperty(); }
    /** Its candidates in vote order. */
    public ReadOnlyListProperty<CandidateResult> resultRowsProperty() { return resultRows.getReadOnlyProperty(); }
    /** The threshold, the ballots, who was elected, ties, places left open, problems and what comes next. */
    public ReadOnlyStringProperty resultTextProperty() { return resultText.getReadOnlyProperty(); }
    /** Whether the congress has to decide now: vote again or stop. */
    public ReadOnlyBooleanProperty canDecideProperty() { return canDecide.getReadOnlyProperty(); }
    /** Whether the round shown is counted (its files may be exported). */
    public ReadOnlyBooleanProperty shownCountedProperty() { return shownCounted.getReadOnlyProperty(); }

    /** How the result table shows a candidate's outcome. */
    public String outcome(CandidateResult row) {
        return text.outcome(row);
    }

    /** How the result table shows a percentage. */
    public String percent(java.math.BigDecimal value) {
        return text.percent(value);
    }

    /** Reads the office's rounds again and shows the last one. */
    @Override
    public void reload() {
        ElectionOffice current = selection.officeProperty().get();
        if (current == null) {
            roundList.clear();
            shownRound.set(null);
            shownCounted.set(false);
            canDecide.set(false);
            rows.clear();
            resultText.set("");
            return;
        }
        executor.submit(progress -> elections.officeRounds(current.id(), 1), this::show, this::fail);
    }

    private void show(OfficeRounds loaded) {
        RoundInfo last = loaded.last();
        roundList.setAll(loaded.rounds());
        canDecide.set(loaded.next() == Election.NextStep.DECIDE_VOTE_AGAIN_OR_STOP
                || loaded.next() == Election.NextStep.TIE_BREAK_ROUND);
        showResult(last, loaded.lastResult(), loaded.next());
    }

    private void showResult(RoundInfo chosen, TallyResult result, Election.NextStep next) {
        shownRound.set(chosen);
        shownCounted.set(chosen != null && chosen.counted());
        rows.setAll(result == null ? List.of() : result.candidates());
        resultText.set(result == null ? text.next(next) : String.join("\n", text.brief(result, next)));
    }

    /** Shows the result of another round of the office; the exports then write that round's files. */
    public void show(RoundInfo chosen) {
        if (chosen == null || chosen.equals(shownRound.get())) {
            return;
        }
        executor.submit(progress -> elections.outcome(chosen.id()),
                (RoundOutcome loaded) -> showResult(chosen, loaded.result(), loaded.next()), this::fail);
    }

    /** Records the congress's decision about the places left open. */
    public void decide(Round.Decision decision) {
        ElectionOffice current = selection.officeProperty().get();
        if (current == null) {
            return;
        }
        executor.submit(progress -> {
            elections.decide(current.id(), decision);
            return true;
        }, ok -> selection.roundsChanged(), this::fail);
    }

    /** Asks where to save, then writes the count record of the round shown. */
    public void exportCountRecord() {
        export("election.ui.export.record", "bien-ban-kiem-phieu.docx", documents::writeCountRecord);
    }

    /** Asks where to save, then writes the tally workbook of the round shown. */
    public void exportTally() {
        export("election.ui.export.tally", "ket-qua-kiem-phieu.xlsx", (roundId, file) ->
                documents.writeTally(roundId, messages, file));
    }

    /** Asks where to save, then writes the entry log workbook of the round shown. */
    public void exportEntryLog() {
        export("election.ui.export.log", "nhat-ky-nhap-phieu.xlsx", (roundId, file) ->
                documents.writeEntryLog(roundId, messages, file));
    }

    private void export(String titleKey, String suggested, RoundFiles.Writer writer) {
        RoundInfo current = shownRound.get();
        if (current == null || !current.counted()) {
            selection.fail(messages.get("election.ui.problem.notCounted"));
            return;
        }
        files.save(titleKey, suggested, current.id(), writer);
    }
}
