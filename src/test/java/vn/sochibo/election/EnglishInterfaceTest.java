package vn.sochibo.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sochibo.common.Messages;
import vn.sochibo.common.Problem;
import vn.sochibo.common.ValidationException;
import vn.sochibo.election.doc.ElectionWorkbookWriter;
import vn.sochibo.election.engine.Attendee;
import vn.sochibo.election.engine.Ballot;
import vn.sochibo.election.engine.BodyToElect;
import vn.sochibo.election.engine.Candidate;
import vn.sochibo.election.engine.CandidateList;
import vn.sochibo.election.engine.CandidateListCheck;
import vn.sochibo.election.engine.CongressRoll;
import vn.sochibo.election.engine.Contest;
import vn.sochibo.election.engine.CountFigures;
import vn.sochibo.election.engine.Election;
import vn.sochibo.election.engine.Office;
import vn.sochibo.election.engine.Tally;
import vn.sochibo.election.engine.TallyResult;
import vn.sochibo.vote.VoteBase;

/**
 * The English interface is entirely English: the tally summary of the command line and of the result tab, the
 * tally workbook, and every kind of problem the engine reports come out of the English bundle with no Vietnamese
 * word in them. The names are English so that any Vietnamese letter left is the program's own text; the same
 * renderings in Vietnamese are checked to have Vietnamese letters, so the test can tell the two apart.
 */
class EnglishInterfaceTest {

    private static final List<Candidate> LIST = List.of(Candidate.named("Anna Berg"), Candidate.named("Carl Dunn"),
            Candidate.named("Eve Ford"), Candidate.named("Gus Hale"));

    @TempDir
    Path dir;

    /** A committee of 2 from 4 with a tie at the last place, an invalid ballot of each kind and figures to check. */
    private static TallyResult tiedCount() {
        Contest contest = Contest.of(Office.COMMITTEE, 2, 0, LIST, new VoteBase(12, 1, 1, 0, 1, 0));
        Tally tally = new Tally(contest);
        // Anna 7, Carl 6, Eve 6: Anna takes the first place, Carl and Eve tie for the second
        for (int i = 0; i < 4; i++) {
            tally.enter(Ballot.crossing("Eve Ford", "Gus Hale")); // Anna and Carl
        }
        for (int i = 0; i < 3; i++) {
            tally.enter(Ballot.crossing("Carl Dunn", "Gus Hale")); // Anna and Eve
        }
        for (int i = 0; i < 2; i++) {
            tally.enter(Ballot.crossing("Anna Berg", "Gus Hale")); // Carl and Eve
        }
        tally.enter(Ballot.crossing("Anna Berg", "Carl Dunn", "Gus Hale")); // Eve
        tally.enter(Ballot.crossing()); // keeps four names: invalid by the rules
        tally.enter(Ballot.invalid("No stamp of the counting board"));
        tally.enter(Ballot.crossing("Zed Young", "Gus Hale")); // a name not on the list
        tally.enter(Ballot.invalid(" ")); // ruled invalid without a reason
        return tally.result(12, OptionalInt.of(15));
    }

    /** Every kind of problem the engine reports, one of each. */
    private static List<Problem> everyProblem(TallyResult result) {
        List<Problem> problems = new ArrayList<>(result.problems());
        problems.addAll(CandidateListCheck.checkList(Office.COMMITTEE, 5, 0));
        problems.addAll(CandidateListCheck.checkList(Office.COMMITTEE, 5, 5));
        problems.addAll(CandidateListCheck.checkList(Office.COMMITTEE, 5, 8));
        problems.addAll(CandidateListCheck.checkList(Office.COMMITTEE, 10, 14));
        problems.addAll(CandidateListCheck.checkList(Office.DELEGATES, 3, 2));
        problems.addAll(CandidateListCheck.checkSeats(Office.COMMITTEE, 8, 7));
        problems.addAll(CandidateListCheck.checkSeats(Office.SECRETARY, 2, 20));
        problems.addAll(CandidateListCheck.checkFromCommittee(LIST, List.of()));
        problems.addAll(BodyToElect.forBranch(2).problems());
        problems.addAll(CongressRoll.of(List.of(new Attendee("Ivy Jones", Attendee.Standing.OFFICIAL,
                Attendee.Situation.TEMPORARILY_ELSEWHERE, true, false))).notes());
        Map<String, Integer> votes = new LinkedHashMap<>();
        votes.put("Anna Berg", -1);
        votes.put("Carl Dunn", 9);
        problems.addAll(new CountFigures(5, 6, 4, -1, 1, votes).problems());
        CandidateList list = new CandidateList(10);
        problems.addAll(list.nominateFromFloor(Candidate.named("Anna Berg"), 3));
        list.nominate(Candidate.named("Carl Dunn"));
        problems.addAll(list.nominate(Candidate.named("Carl Dunn")));
        problems.addAll(list.withdraw("Eve Ford"));
        problems.addAll(refused(() -> Contest.of(Office.SECRETARY, 0, 1, LIST, new VoteBase(5, 0, 0, 0, 0))));
        problems.addAll(refused(() -> Contest.of(Office.COMMITTEE, 1, 1, LIST, new VoteBase(5, 0, 0, 0, 0))));
        problems.addAll(refused(() -> new Contest(Office.COMMITTEE, 1, 0, 0, LIST, new VoteBase(5, 0, 0, 0, 0))));
        problems.addAll(refused(() -> Contest.of(Office.COMMITTEE, 1, 0, List.of(), new VoteBase(5, 0, 0, 0, 0))));
        problems.addAll(refused(() -> new Candidate("Anna Berg", -2)));
        problems.addAll(refused(() -> new CandidateList(-1)));
        problems.addAll(refused(() -> BodyToElect.forBranch(-1)));
        problems.addAll(refused(() -> new Ballot.AgreeDisagree(Map.of("Anna Berg", vn.sochibo.election.engine.Mark.AGREE,
                " Anna  Berg", vn.sochibo.election.engine.Mark.DISAGREE))));
        Election election = new Election(Office.COMMITTEE, 2, 0, result.contest().base());
        election.record(result);
        problems.addAll(refused(() -> election.nextContest(LIST)));
        election.record(Tally.count(election.nextContest(result.tied()), 12, List.of(Ballot.crossing("Eve Ford"))));
        election.voteAgain();
        problems.addAll(refused(() -> election.nextContest(LIST)));
        return problems;
    }

    private static List<Problem> refused(Runnable work) {
        return catchThrowableOfType(ValidationException.class, work::run).problems();
    }

    private static List<String> rendered(Messages messages) {
        TallyText text = new TallyText(messages);
        TallyResult result = tiedCount();
        List<String> lines = new ArrayList<>(text.summary(result));
        for (Election.NextStep next : Election.NextStep.values()) {
            lines.addAll(text.brief(result, next));
        }
        result.invalidReasons().forEach(reason -> lines.add(text.reason(reason.reason())));
        result.candidates().forEach(row -> lines.add(text.outcome(row)));
        for (Office office : Office.values()) {
            lines.add(text.officeName(office));
        }
        everyProblem(result).forEach(problem -> lines.add(text.problem(problem)));
        return lines;
    }

    private static boolean hasVietnameseLetter(String text) {
        return text.chars().anyMatch(c -> Character.isLetter(c) && c > 127);
    }

    @Test
    void theTallySummaryAndEveryEngineProblemAreEnglishInTheEnglishInterface() {
        List<String> english = rendered(Messages.forLanguage("en"));
        List<String> vietnamese = rendered(Messages.forLanguage("vi"));

        assertThat(english).hasSameSizeAs(vietnamese).hasSizeGreaterThan(60);
        assertThat(english).allSatisfy(line -> assertThat(hasVietnameseLetter(line)).as(line).isFalse());
        assertThat(english).noneMatch(line -> line.contains("election.engine") || line.contains("{"));
        assertThat(vietnamese.stream().filter(EnglishInterfaceTest::hasVietnameseLetter).count())
                .isGreaterThan(vietnamese.size() * 3L / 4);
        assertThat(tiedCount().tiedNames()).containsExactly("Carl Dunn", "Eve Ford");
        assertThat(english).contains("Carl Dunn and Eve Ford are tied at the last place: none of them is elected yet;"
                + " vote again among them only for the 1 places left.");
    }

    @Test
    void theTallyWorkbookIsEnglishInTheEnglishInterface() throws IOException {
        Path file = dir.resolve("tally.xlsx");
        new ElectionWorkbookWriter(Messages.forLanguage("en")).writeTally("Committee – round 1", tiedCount(), file);

        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
            }
        }
        assertThat(cells).contains("elected", "tied at the last place", "not more than half")
                .allSatisfy(cell -> assertThat(hasVietnameseLetter(cell)).as(cell).isFalse());
    }
}
