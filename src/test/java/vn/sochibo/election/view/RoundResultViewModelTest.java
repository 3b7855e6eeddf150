package vn.sochibo.election.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.election.RoundInfo;
import vn.sochibo.election.engine.Round;
import vn.sochibo.election.service.CongressFixture;

/** The result tab: the kept result of a round, the congress's decision, the files of a counted round. */
class RoundResultViewModelTest extends ElectionScreenTest {

    @TempDir
    Path dir;

    /** The secretary after the committee, with one ballot cast and counted: not enough votes. */
    private long secretaryWithoutEnoughVotes() {
        long office = CongressFixture.secretaryAfterCommittee(screen.services, congress);
        long round = screen.services.elections().openRound(office, 1, false);
        screen.services.elections().enterBallot(round, 1, 1, "d");
        screen.services.elections().enterBallot(round, 2, 1, "d");
        screen.services.elections().count(round);
        screen.lists.reload();
        screen.lists.select(screen.lists.officesProperty().stream().filter(o -> o.id() == office).findFirst()
                .orElseThrow());
        return office;
    }

    @Test
    void beforeAnyRoundTheTabSaysWhatComesFirstAndNothingCanBeExported() {
        screen.lists.addOffice(new OfficeListViewModel.OfficeForm(vn.sochibo.election.engine.Office.COMMITTEE, "5",
                "0", "25", "0"));

        assertThat(screen.result.resultTextProperty().get()).isEqualTo("Next: open the first round.");
        assertThat(screen.result.roundsProperty()).isEmpty();
        assertThat(screen.result.shownCountedProperty().get()).isFalse();
        screen.result.exportCountRecord();
        assertThat(screen.error()).isEqualTo("This round has not been counted.");
    }

    @Test
    void aSecretaryWithoutEnoughVotesWaitsForTheCongressWhichStops() {
        long office = secretaryWithoutEnoughVotes();

        assertThat(screen.result.roundsProperty()).hasSize(1);
        assertThat(screen.result.shownCountedProperty().get()).isTrue();
        assertThat(screen.result.canDecideProperty().get()).isTrue();
        assertThat(screen.result.resultRowsProperty()).singleElement()
                .satisfies(row -> assertThat(screen.result.outcome(row)).isEqualTo("not more than half"));
        assertThat(screen.result.resultTextProperty().get().split("\n")).contains("Nobody elected.")
                .endsWith("The congress decides: vote again or stop.");
        assertThat(screen.result.resultTextProperty().get()).startsWith("N = ");

        screen.result.decide(Round.Decision.STOP);

        assertThat(screen.result.canDecideProperty().get()).isFalse();
        assertThat(screen.result.resultTextProperty().get())
                .endsWith("No secretary after three rounds: the upper committee appoints.");
        assertThat(screen.services.elections().rounds(office).get(0).decision()).isEqualTo(Round.Decision.STOP);
    }

    @Test
    void theFilesOfACountedRoundAreWrittenWhereTheClerkSaysAndAnEarlierRoundCanBeShown() {
        long office = secretaryWithoutEnoughVotes();
        screen.result.decide(Round.Decision.VOTE_AGAIN);
        long second = screen.services.elections().openRound(office, 1, false);
        screen.services.elections().enterBallot(second, 1, 1, "d");
        screen.selection.roundsChanged();
        assertThat(screen.result.shownRoundProperty().get().id()).isEqualTo(second);
        assertThat(screen.result.shownCountedProperty().get()).isFalse();
        assertThat(screen.result.percent(screen.result.resultRowsProperty().get(0).percentOfValid()))
                .isEqualTo("100.00");

        RoundInfo first = screen.result.roundsProperty().get(0);
        screen.result.show(first);
        assertThat(screen.result.shownRoundProperty().get()).isEqualTo(first);
        assertThat(screen.result.shownCountedProperty().get()).isTrue();

        for (String name : new String[] {"record.docx", "tally.xlsx", "log.xlsx"}) {
            screen.files.answerNext(dir.resolve(name));
        }
        screen.result.exportCountRecord();
        screen.result.exportTally();
        screen.result.exportEntryLog();

        assertThat(dir.resolve("record.docx")).isRegularFile();
        assertThat(dir.resolve("tally.xlsx")).isRegularFile();
        assertThat(dir.resolve("log.xlsx")).isRegularFile();
        assertThat(screen.error()).isEmpty();
        assertThat(screen.message()).isEqualTo("Saved " + dir.resolve("log.xlsx"));
    }
}
