package vn.sochibo.cli;

import vn.sochibo.common.Messages;
import vn.sochibo.common.ValidationException;
import vn.sochibo.vote.VoteBase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import vn.sochibo.election.TallyText;
import vn.sochibo.election.engine.Ballot;
import vn.sochibo.election.engine.Candidate;
import vn.sochibo.election.engine.CandidateResult;
import vn.sochibo.election.engine.Contest;
import vn.sochibo.election.engine.Mark;
import vn.sochibo.election.engine.Office;
import vn.sochibo.election.engine.Tally;
import vn.sochibo.election.engine.TallyResult;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The file format of {@code sochibo election tally}: the input records Jackson reads, the output record it writes,
 * and the mapping to and from the election engine. Messages come from the bundle in the given language.
 */
final class ElectionTallyJson {

    private final Messages messages;

    ElectionTallyJson(Messages messages) {
        this.messages = messages;
    }

    /** One office's count as the board entered it. Optional: alternates, keepLimit, ballotsCollected. */
    record Input(String office, Integer seats, Integer alternates, Integer keepLimit, BaseInput base,
            List<CandidateInput> candidates, Integer ballotsIssued, Integer ballotsCollected,
            List<BallotInput> ballots) {
    }

    /** The figures of N; every subtraction defaults to 0. */
    record BaseInput(Integer officialMembers, Integer temporarilyElsewhere, Integer exemptAbsent, Integer suspended,
            Integer absentExcused, Integer prosecutedOrDetained) {
    }

    /** One name on the list. */
    record CandidateInput(String name, Integer partyYears) {
    }

    /** One ballot: exactly one of the three fields is present. */
    record BallotInput(List<String> crossed, Map<String, String> marks, String invalid) {
    }

    /** The printed result; the first twelve fields are the original format, the last two were added later. */
    @JsonPropertyOrder({"base", "votesNeeded", "ballotsIssued", "ballotsCollected", "valid", "invalid",
            "candidates", "elected", "alternates", "tied", "seatsUnfilled", "problems", "alternatesUnfilled",
            "invalidReasons"})
    record Output(int base, int votesNeeded, int ballotsIssued, int ballotsCollected, int valid, int invalid,
            List<CandidateOutput> candidates, List<String> elected, List<String> alternates, List<String> tied,
            int seatsUnfilled, List<String> problems, int alternatesUnfilled, List<ReasonOutput> invalidReasons) {
    }

    /** One candidate's line of the printed result. */
    @JsonPropertyOrder({"name", "votes", "percentOfBase", "percentOfValid", "passed"})
    record CandidateOutput(String name, int votes, BigDecimal percentOfBase, BigDecimal percentOfValid,
            boolean passed) {
    }

    /** Invalid ballots with one reason. */
    @JsonPropertyOrder({"reason", "count"})
    record ReasonOutput(String reason, int count) {
    }

    /**
     * Counts the input.
     *
     * @param input the parsed file
     * @return the engine's result
     * @throws ElectionTallyInputException with a message when a required field is missing or a value is impossible
     */
    TallyResult tally(Input input) throws ElectionTallyInputException {
        Office office = office(required(input.office(), "office"));
        int seats = required(input.seats(), "seats");
        int alternates = orZero(input.alternates());
        try {
            Contest contest = new Contest(office, seats, alternates,
                    input.keepLimit() == null ? seats + alternates : input.keepLimit(),
                    candidates(required(input.candidates(), "candidates")), voteBase(required(input.base(), "base")));
            Tally tally = new Tally(contest);
            List<BallotInput> ballots = required(input.ballots(), "ballots");
            for (int i = 0; i < ballots.size(); i++) {
                tally.enter(ballot(ballots.get(i), i + 1));
            }
            OptionalInt collected = input.ballotsCollected() == null ? OptionalInt.empty()
                    : OptionalInt.of(input.ballotsCollected());
            return tally.result(required(input.ballotsIssued(), "ballotsIssued"), collected);
        } catch (ValidationException e) {
            throw new ElectionTallyInputException(messages.describe(e), e);
        }
    }

    /**
     * The printed form of a result.
     *
     * @param result the engine's result
     * @param text   the renderer of problems and invalid reasons
     * @return the output record
     */
    static Output output(TallyResult result, TallyText text) {
        List<CandidateOutput> candidates = new ArrayList<>();
        for (CandidateResult row : result.candidates()) {
            candidates.add(new CandidateOutput(row.name(), row.votes(), row.percentOfBase(), row.percentOfValid(),
                    row.passed()));
        }
        List<ReasonOutput> reasons = result.invalidReasons().stream()
                .map(reason -> new ReasonOutput(text.reason(reason.reason()), reason.count())).toList();
        return new Output(result.base(), result.votesNeeded(), result.ballotsIssued(), result.ballotsCollected(),
                result.valid(), result.invalid(), candidates, result.electedNames(), result.alternateNames(),
                result.tiedNames(), result.seatsUnfilled(), result.problems().stream().map(text::problem).toList(),
                result.alternatesUnfilled(), reasons);
    }

    private Office office(String value) throws ElectionTallyInputException {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "committee" -> Office.COMMITTEE;
            case "secretary" -> Office.SECRETARY;
            case "deputy" -> Office.DEPUTY;
            case "delegates" -> Office.DELEGATES;
            default -> throw new ElectionTallyInputException(messages.get("cli.tally.unknownOffice", value), null);
        };
    }

    private VoteBase voteBase(BaseInput base) throws ElectionTallyInputException {
        return new VoteBase(required(base.officialMembers(), "base.officialMembers"),
                orZero(base.temporarilyElsewhere()), orZero(base.exemptAbsent()), orZero(base.suspended()),
                orZero(base.absentExcused()), orZero(base.prosecutedOrDetained()));
    }

    private List<Candidate> candidates(List<CandidateInput> inputs) throws ElectionTallyInputException {
        List<Candidate> candidates = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            CandidateInput input = required(inputs.get(i), "candidates[" + i + "]");
            candidates.add(new Candidate(required(input.name(), "candidates[" + i + "].name"),
                    orZero(input.partyYears())));
        }
        return candidates;
    }

    private Ballot ballot(BallotInput input, int number) throws ElectionTallyInputException {
        int fields = (input == null ? 0 : (input.crossed() == null ? 0 : 1) + (input.marks() == null ? 0 : 1)
                + (input.invalid() == null ? 0 : 1));
        if (fields != 1) {
            throw new ElectionTallyInputException(messages.get("cli.tally.ballotShape", number), null);
        }
        if (input.crossed() != null) {
            if (input.crossed().contains(null)) {
                throw new ElectionTallyInputException(
                        messages.get("cli.tally.wrongType", "ballots[" + (number - 1) + "].crossed"), null);
            }
            return new Ballot.CrossingOut(input.crossed());
        }
        if (input.invalid() != null) {
            return new Ballot.RuledInvalid(input.invalid());
        }
        Map<String, Mark> marks = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : input.marks().entrySet()) {
            marks.put(entry.getKey(), mark(entry.getValue(), number));
        }
        return new Ballot.AgreeDisagree(marks);
    }

    private Mark mark(String value, int number) throws ElectionTallyInputException {
        String key = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "agree" -> Mark.AGREE;
            case "disagree" -> Mark.DISAGREE;
            case "both" -> Mark.BOTH;
            case "none" -> Mark.NONE;
            default -> throw new ElectionTallyInputException(messages.get("cli.tally.unknownMark", number, value),
                    null);
        };
    }

    private <T> T required(T value, String field) throws ElectionTallyInputException {
        if (value == null) {
            throw new ElectionTallyInputException(messages.get("cli.tally.fieldMissing", field), null);
        }
        return value;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
