package vn.sochibo.election.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.election.Disagreement;
import vn.sochibo.election.engine.Office;
import vn.sochibo.election.service.CongressFixture;

/** The entry tab: a round opened, ballots entered twice blind, differences fixed, the board's close, the count. */
class BallotEntryViewModelTest extends ElectionScreenTest {

    private final StringProperty field = new SimpleStringProperty("");
    private final StringProperty collected = new SimpleStringProperty("");
    private final StringProperty recordNumber = new SimpleStringProperty("");
    private final StringProperty endedAt = new SimpleStringProperty("");
    private final StringProperty shortfall = new SimpleStringProperty("");

    @TempDir
    Path dir;

    @BeforeEach
    void showCommittee() {
        screen.lists.addOffice(new OfficeListViewModel.OfficeForm(Office.COMMITTEE, "5", "0", "25", "0"));
        CongressFixture.candidates(screen.services, congress, 6).forEach(c -> screen.lists.nominate(c, null));
        screen.entry.bindEntryText(field);
        screen.entry.bindClosing(collected, recordNumber, endedAt, shortfall);
    }

    private void type(String ballot) {
        field.set(ballot);
        screen.entry.enter();
    }

    @Test
    void ballotsAreEnteredTwiceBlindThenTheDifferenceIsFixedAndTheRoundCounted() {
        int changes = screen.selection.roundsChangedProperty().get();
        screen.entry.openRound("3", false);
        assertThat(screen.selection.roundsChangedProperty().get()).isEqualTo(changes + 1);
        assertThat(screen.entry.roundTextProperty().get()).isEqualTo("Round 1 (first) – 3 ballots issued – entering ballots");
        assertThat(screen.entry.listTextProperty().get().split("\n")).hasSize(6).allMatch(l -> l.matches("\\d\\. .+"));
        assertThat(screen.entry.hintProperty().get()).startsWith("Type the numbers of the names crossed out");

        type("");
        assertThat(screen.error()).startsWith("The field is empty: type the numbers").contains("0 if no name");
        assertThat(screen.entry.sequenceProperty().get()).isEqualTo(1);
        type("1");
        type("2");
        type("!No stamp");
        assertThat(screen.entry.feedbackProperty().get()).isEqualTo("Ballot 3 recorded: invalid (No stamp)");
        assertThat(field.get()).isEmpty();
        assertThat(screen.entry.sequenceProperty().get()).isEqualTo(4);
        assertThat(collected.get()).isEqualTo("3");

        screen.entry.selectEntry(2);
        assertThat(screen.entry.sequenceProperty().get()).isEqualTo(1);
        type("1");
        type("3");
        assertThat(screen.entry.disagreementsProperty()).as("blind: entry 2 is not done").isEmpty();
        assertThat(screen.entry.comparisonTextProperty().get()).startsWith("Entry 1 has entered 3 ballots, entry 2 has entered 2.");
        type("!No stamp");
        assertThat(screen.entry.disagreementsProperty()).containsExactly(new Disagreement(2, "2", "3"));

        screen.entry.count();
        assertThat(screen.error()).startsWith("The two entries still differ on 1 ballots (first: ballot 2)");
        assertThat(screen.entry.countedProperty().get()).isFalse();

        screen.entry.goTo(2);
        type("2");
        assertThat(screen.entry.disagreementsProperty()).isEmpty();
        assertThat(screen.entry.comparisonTextProperty().get()).isEqualTo("The two entries agree on all 3 ballots.");
        assertThat(recordNumber.get()).isEqualTo("1");
        endedAt.set("9:45");
        screen.entry.count();

        assertThat(screen.error()).isEmpty();
        assertThat(screen.message()).isEqualTo("Round 1 counted and its result kept.");
        assertThat(screen.entry.countedProperty().get()).isTrue();
        assertThat(screen.entry.roundTextProperty().get()).endsWith("counted");
        assertThat(endedAt.get()).isEqualTo("09:45");
        assertThat(screen.services.elections().rounds(screen.selection.officeProperty().get().id()).get(0).counted())
                .isTrue();
        assertThat(screen.result.resultRowsProperty()).hasSize(6);
    }

    @Test
    void fewerBallotsThanIssuedNeedTheBoardsNoteAndATimeThatIsNoTimeIsRefused() {
        screen.entry.openRound("3", false);
        for (int entry = 1; entry <= 2; entry++) {
            screen.entry.selectEntry(entry);
            type("1");
            type("2");
        }
        assertThat(collected.get()).isEqualTo("2");

        endedAt.set("mười giờ");
        screen.entry.count();
        assertThat(screen.error()).startsWith("Ballots collected and the record number must be whole numbers");
        endedAt.set("10:30");
        screen.entry.count();
        assertThat(screen.error()).contains("1");
        assertThat(screen.entry.countedProperty().get()).isFalse();

        shortfall.set("One member left before the vote");
        screen.entry.count();
        assertThat(screen.entry.countedProperty().get()).isTrue();
        assertThat(shortfall.get()).isEqualTo("One member left before the vote");
    }

    @Test
    void aRoundCountedByHandTakesTheBoardsTotalsAndTheResultTabShowsThem() {
        screen.entry.openRound("20", true);
        assertThat(screen.entry.roundTextProperty().get()).endsWith("totals only");

        screen.entry.enterTotals(new BallotEntryViewModel.TotalsForm("20", "19", "1", "No stamp", "18 17 16 15 14 x"));
        assertThat(screen.error()).isEqualTo("Number fields must be whole numbers.");
        screen.entry.enterTotals(new BallotEntryViewModel.TotalsForm("20", "19", "1", "No stamp", "18 17 16 15 14 3"));

        assertThat(screen.error()).isEmpty();
        assertThat(collected.get()).isEqualTo("20");
        assertThat(screen.result.resultRowsProperty()).extracting(r -> r.votes())
                .containsExactly(18, 17, 16, 15, 14, 3);
        assertThat(screen.result.shownCountedProperty().get()).isFalse();
    }

    @Test
    void theBallotPaperOfTheOpenRoundIsWrittenWhereTheClerkSays() {
        screen.entry.exportBallotPaper();
        assertThat(screen.error()).isEqualTo("No round opened for this office yet.");
        screen.entry.openRound("3", false);
        Path file = dir.resolve("phieu.docx");
        screen.files.answerNext(file);

        screen.entry.exportBallotPaper();

        assertThat(file).isRegularFile();
        assertThat(screen.message()).isEqualTo("Saved " + file);
        screen.entry.exportBallotPaper(); // the clerk cancels: nothing happens
        assertThat(screen.message()).isEqualTo("Saved " + file);
        assertThat(Files.exists(dir.resolve("other.docx"))).isFalse();
    }
}
