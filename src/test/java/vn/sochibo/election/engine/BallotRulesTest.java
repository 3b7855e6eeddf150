package vn.sochibo.election.engine;

import vn.sochibo.vote.VoteBase;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked example T6 (src/site/rules.md, "Bầu cử tại đại hội chi bộ"): which ballots are valid.
 */
class BallotRulesTest {

    static final List<Candidate> SIX = List.of(Candidate.named("Nguyễn Văn An"), Candidate.named("Trần Thị Bình"),
            Candidate.named("Lê Văn Cường"), Candidate.named("Phạm Thị Dung"), Candidate.named("Hoàng Văn Đức"),
            Candidate.named("Võ Thị Giang"));
    static final VoteBase BASE = new VoteBase(33, 0, 0, 0, 0);

    final BallotRules committee = new BallotRules(Contest.of(Office.COMMITTEE, 5, 0, SIX, BASE));
    final BallotRules secretary = new BallotRules(
            Contest.of(Office.SECRETARY, 1, 0, List.of(Candidate.named("Nguyễn Văn An")), BASE));

    @Test
    @DisplayName("T6: one name crossed out of six for five seats is valid and gives each kept name one vote")
    void ballotWithOneNameCrossedVotesForTheFiveOthers() {
        BallotRuling ruling = committee.rule(Ballot.crossing("Lê Văn Cường"));

        assertThat(ruling.valid()).isTrue();
        assertThat(ruling.votesFor()).containsExactly("Nguyễn Văn An", "Trần Thị Bình", "Phạm Thị Dung",
                "Hoàng Văn Đức", "Võ Thị Giang");
        assertThat(ruling.problems()).isEmpty();
    }

    @Test
    @DisplayName("T6: three names crossed (three kept) is valid")
    void ballotKeepingFewerNamesThanSeatsIsValid() {
        BallotRuling ruling = committee.rule(Ballot.crossing("Nguyễn Văn An", "Võ Thị Giang", "Phạm Thị Dung"));

        assertThat(ruling.valid()).isTrue();
        assertThat(ruling.votesFor()).containsExactly("Trần Thị Bình", "Lê Văn Cường", "Hoàng Văn Đức");
    }

    @Test
    @DisplayName("T6: nothing crossed (six kept for five seats) is invalid")
    void ballotKeepingMoreNamesThanSeatsIsInvalid() {
        BallotRuling ruling = committee.rule(Ballot.crossing());

        assertThat(ruling.valid()).isFalse();
        assertThat(ruling.invalidReason()).isEqualTo(BallotRuling.reason("election.engine.reasonTooManyKept", 5));
        assertThat(ruling.votesFor()).isEmpty();
    }

    @Test
    @DisplayName("T6: all six crossed out is invalid")
    void ballotWithEveryNameCrossedIsInvalid() {
        BallotRuling ruling = committee.rule(new Ballot.CrossingOut(SIX.stream().map(Candidate::name).toList()));

        assertThat(ruling.valid()).isFalse();
        assertThat(ruling.invalidReason()).isEqualTo(BallotRuling.reason("election.engine.reasonAllCrossed"));
    }

    @Test
    @DisplayName("T6: a seventh name written in, or no stamp, is ruled invalid by the board with its reason")
    void boardRulesWriteInsAndUnstampedBallotsInvalidWithTheirReason() {
        BallotRuling writeIn = committee.rule(Ballot.invalid("Ghi thêm tên ngoài danh sách"));
        BallotRuling noStamp = committee.rule(Ballot.invalid("  Không có dấu của Ban kiểm phiếu "));
        BallotRuling noReason = committee.rule(Ballot.invalid(" "));

        assertThat(writeIn.valid()).isFalse();
        assertThat(writeIn.invalidReason()).isEqualTo(BallotRuling.boardReason("Ghi thêm tên ngoài danh sách"));
        assertThat(noStamp.invalidReason()).isEqualTo(BallotRuling.boardReason("Không có dấu của Ban kiểm phiếu"));
        assertThat(Vietnamese.TEXT.reason(noStamp.invalidReason())).isEqualTo("Không có dấu của Ban kiểm phiếu");
        assertThat(noReason.valid()).isFalse();
        assertThat(noReason.problems()).hasSize(1);
    }

    @Test
    @DisplayName("a crossed name that is not on the list makes the ballot invalid and is reported for checking")
    void crossedNameNotOnTheListIsInvalidAndReported() {
        BallotRuling ruling = committee.rule(Ballot.crossing("Nguyễn Văn Ân"));

        assertThat(ruling.valid()).isFalse();
        assertThat(ruling.invalidReason()).isEqualTo(BallotRuling.reason("election.engine.reasonNameNotOnList"));
        assertThat(ruling.problems()).singleElement().asString().contains("Nguyễn Văn Ân");
    }

    @Test
    @DisplayName("names typed with decomposed accents or extra blanks match the list")
    void decomposedAccentsAndExtraBlanksStillMatch() {
        String decomposed = Normalizer.normalize("Hoàng  Văn Đức ", Normalizer.Form.NFD);

        BallotRuling ruling = committee.rule(Ballot.crossing(decomposed));

        assertThat(ruling.valid()).isTrue();
        assertThat(ruling.votesFor()).hasSize(5).doesNotContain("Hoàng Văn Đức");
    }

    @Test
    @DisplayName("T6: single-name ballot, X in đồng ý is valid with one vote; X in không đồng ý is valid with none")
    void singleNameBallotCountsAgreeAndDisagree() {
        BallotRuling agree = secretary.rule(marks("Nguyễn Văn An", Mark.AGREE));
        BallotRuling disagree = secretary.rule(marks("Nguyễn Văn An", Mark.DISAGREE));

        assertThat(agree.valid()).isTrue();
        assertThat(agree.votesFor()).containsExactly("Nguyễn Văn An");
        assertThat(disagree.valid()).isTrue();
        assertThat(disagree.votesFor()).isEmpty();
    }

    @Test
    @DisplayName("T6: single-name ballot with X in both boxes, or in neither, is invalid")
    void singleNameBallotWithBothOrNeitherBoxIsInvalid() {
        for (Ballot ballot : List.of(marks("Nguyễn Văn An", Mark.BOTH), marks("Nguyễn Văn An", Mark.NONE),
                new Ballot.AgreeDisagree(Map.of()))) {
            BallotRuling ruling = secretary.rule(ballot);
            assertThat(ruling.valid()).as(ballot.toString()).isFalse();
            assertThat(ruling.invalidReason())
                    .isEqualTo(BallotRuling.reason("election.engine.reasonSingleNameBothOrNeither"));
        }
    }

    @Test
    @DisplayName("T6: multi-name ballot without surplus, both boxes for person 2 only: valid, person 2 gets nothing")
    void multiNameBallotWithBothBoxesForOnePersonStaysValidWithoutThatVote() {
        List<Candidate> three = SIX.subList(0, 3);
        Contest contest = Contest.of(Office.DELEGATES, 3, 0, three, BASE);
        Map<String, Mark> marks = new LinkedHashMap<>();
        marks.put("Nguyễn Văn An", Mark.AGREE);
        marks.put("Trần Thị Bình", Mark.BOTH);
        marks.put("Lê Văn Cường", Mark.AGREE);
        Map<String, Mark> allDisagree = Map.of("Nguyễn Văn An", Mark.DISAGREE, "Trần Thị Bình", Mark.NONE,
                "Lê Văn Cường", Mark.DISAGREE);

        TallyResult result = Tally.count(contest, 3, List.of(new Ballot.AgreeDisagree(marks),
                new Ballot.AgreeDisagree(marks), new Ballot.AgreeDisagree(allDisagree)));

        assertThat(result.valid()).isEqualTo(3);
        assertThat(result.invalid()).isZero();
        assertThat(result.candidate("Trần Thị Bình").orElseThrow().votes()).isZero();
        assertThat(result.candidate("Nguyễn Văn An").orElseThrow().votes()).isEqualTo(2);
        assertThat(result.candidate("Lê Văn Cường").orElseThrow().votes()).isEqualTo(2);
    }

    @Test
    @DisplayName("an agree/disagree ballot agreeing to more names than seats is invalid")
    void agreeDisagreeBallotAgreeingToTooManyIsInvalid() {
        Map<String, Mark> marks = new LinkedHashMap<>();
        SIX.forEach(candidate -> marks.put(candidate.name(), Mark.AGREE));

        BallotRuling ruling = committee.rule(new Ballot.AgreeDisagree(marks));

        assertThat(ruling.valid()).isFalse();
        assertThat(ruling.invalidReason()).isEqualTo(BallotRuling.reason("election.engine.reasonTooManyKept", 5));
    }

    @Test
    @DisplayName("a name crossed twice by mistake is counted once and reported")
    void nameEnteredTwiceIsReportedAndCountedOnce() {
        BallotRuling ruling = committee.rule(Ballot.crossing("Lê Văn Cường", "Lê Văn Cường"));

        assertThat(ruling.valid()).isTrue();
        assertThat(ruling.votesFor()).hasSize(5);
        assertThat(Vietnamese.problems(ruling.problems())).singleElement().asString().contains("hai lần");
    }

    static Ballot marks(String name, Mark mark) {
        return new Ballot.AgreeDisagree(Map.of(name, mark));
    }
}
