package vn.sochibo.election.engine;

import vn.sochibo.vote.VoteBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import vn.sochibo.common.Problem;

/**
 * Counts the ballots of one contest as the board enters them, one at a time.
 *
 * <p>Not thread-safe: one tally belongs to one entry screen or one command. Entering a ballot costs time
 * proportional to the list length; {@link #result} costs time proportional to the list length times its
 * logarithm, so a count can be shown after every ballot.
 */
public final class Tally {

    private final Contest contest;
    private final BallotRules rules;
    private final Map<String, Integer> positionOf = new HashMap<>();
    private final int[] votes;
    private final Map<Problem, Integer> invalidReasons = new LinkedHashMap<>();
    private final List<Problem> entryProblems = new ArrayList<>();
    private int entered;
    private int valid;
    private int crossingOutBallots;
    private int agreeDisagreeBallots;

    /**
     * An empty tally.
     *
     * @param contest the contest counted, not null
     */
    public Tally(Contest contest) {
        this.contest = contest;
        this.rules = new BallotRules(contest);
        this.votes = new int[contest.candidates().size()];
        for (int i = 0; i < votes.length; i++) {
            positionOf.put(contest.candidates().get(i).name(), i);
        }
    }

    /**
     * Counts a whole pile of ballots.
     *
     * @param contest       the contest
     * @param ballotsIssued ballots handed out
     * @param ballots       every ballot collected, in entry order
     * @return the result
     */
    public static TallyResult count(Contest contest, int ballotsIssued, List<? extends Ballot> ballots) {
        Tally tally = new Tally(contest);
        ballots.forEach(tally::enter);
        return tally.result(ballotsIssued);
    }

    /**
     * Enters the next ballot from the box.
     *
     * @param ballot the ballot, not null
     * @return how it was ruled, so the entry screen can show it at once
     */
    public BallotRuling enter(Ballot ballot) {
        BallotRuling ruling = rules.rule(ballot);
        entered++;
        if (ballot instanceof Ballot.CrossingOut) {
            crossingOutBallots++;
        } else if (ballot instanceof Ballot.AgreeDisagree) {
            agreeDisagreeBallots++;
        }
        for (Problem problem : ruling.problems()) {
            entryProblems.add(onBallot(entered, problem));
        }
        if (ruling.valid()) {
            valid++;
            for (String name : ruling.votesFor()) {
                votes[positionOf.get(name)]++;
            }
        } else {
            invalidReasons.merge(ruling.invalidReason(), 1, Integer::sum);
        }
        return ruling;
    }

    /**
     * The ballots entered so far.
     *
     * @return the number of ballots entered
     */
    public int entered() {
        return entered;
    }

    /**
     * The result of the ballots entered so far.
     *
     * @param ballotsIssued ballots handed out
     * @return the result; its problems list says which sums do not hold
     */
    public TallyResult result(int ballotsIssued) {
        return result(ballotsIssued, OptionalInt.empty());
    }

    /**
     * The result, also checking the number of ballots the board counted in the box against those entered.
     *
     * @param ballotsIssued     ballots handed out
     * @param declaredCollected ballots the board reported collected, if it did
     * @return the result
     */
    public TallyResult result(int ballotsIssued, OptionalInt declaredCollected) {
        VoteBase base = contest.base();
        int n = base.n();
        int invalid = entered - valid;
        List<CandidateResult> rows = new ArrayList<>(votes.length);
        Map<String, Integer> votesByName = new LinkedHashMap<>();
        for (int i = 0; i < votes.length; i++) {
            Candidate candidate = contest.candidates().get(i);
            rows.add(new CandidateResult(candidate, votes[i], CandidateResult.percent(votes[i], n),
                    CandidateResult.percent(votes[i], valid), base.isMajority(votes[i]),
                    CandidateResult.Outcome.NOT_ELECTED));
        }
        rows.sort(Comparator.comparingInt(CandidateResult::votes).reversed()
                .thenComparing(CandidateResult::candidate, CandidateOrder.alphabetical()));
        rows.forEach(row -> votesByName.put(row.name(), row.votes()));
        SeatAllocation allocation = SeatAllocation.allocate(rows, contest.seats(), contest.alternates());
        List<CandidateResult> withOutcomes = rows.stream().map(row -> withOutcome(row, allocation)).toList();

        List<Problem> problems = new ArrayList<>(entryProblems);
        problems.addAll(ballotKindProblems());
        problems.addAll(new CountFigures(ballotsIssued, entered, valid, invalid, contest.keepLimit(), votesByName)
                .problems());
        if (ballotsIssued > base.officialMembers()) {
            problems.add(CountFigures.problem("election.engine.issuedExceedsMembers", ballotsIssued,
                    base.officialMembers()));
        }
        if (declaredCollected.isPresent() && declaredCollected.getAsInt() != entered) {
            problems.add(CountFigures.problem("election.engine.enteredDiffersFromCollected", entered,
                    declaredCollected.getAsInt()));
        }
        if (n == 0) {
            problems.add(CountFigures.problem("election.engine.baseIsZero"));
        }
        List<TallyResult.ReasonCount> reasons = new ArrayList<>();
        invalidReasons.forEach((reason, count) -> reasons.add(new TallyResult.ReasonCount(reason, count)));
        return new TallyResult(contest, n, base.votesNeeded(), ballotsIssued, entered, valid, invalid, reasons,
                withOutcomes, allocation.elected(), allocation.alternates(), allocation.tied(),
                allocation.tieForAlternates(), allocation.seatsUnfilled(), allocation.alternatesUnfilled(),
                problems);
    }

    private List<Problem> ballotKindProblems() {
        List<Problem> problems = new ArrayList<>();
        if (crossingOutBallots > 0 && agreeDisagreeBallots > 0) {
            problems.add(CountFigures.problem("election.engine.mixedBallotKinds", crossingOutBallots,
                    agreeDisagreeBallots));
        } else if (contest.hasSurplus() && agreeDisagreeBallots > 0) {
            problems.add(CountFigures.problem("election.engine.agreeDisagreeOnSurplusList", agreeDisagreeBallots));
        } else if (!contest.hasSurplus() && crossingOutBallots > 0) {
            problems.add(CountFigures.problem("election.engine.crossingOutOnListWithoutSurplus",
                    crossingOutBallots));
        }
        return problems;
    }

    /**
     * An entry problem with the number of the ballot it was found on: the same key with {@code .onBallot}, the
     * ballot number first, then the problem's own arguments.
     */
    private static Problem onBallot(int ballotNumber, Problem problem) {
        List<Object> args = new ArrayList<>(problem.args().size() + 1);
        args.add(ballotNumber);
        args.addAll(problem.args());
        return new Problem(problem.field(), problem.severity(), problem.messageKey() + ".onBallot", args);
    }

    private static CandidateResult withOutcome(CandidateResult row, SeatAllocation allocation) {
        CandidateResult.Outcome outcome;
        if (allocation.elected().contains(row.candidate())) {
            outcome = CandidateResult.Outcome.ELECTED;
        } else if (allocation.alternates().contains(row.candidate())) {
            outcome = CandidateResult.Outcome.ALTERNATE;
        } else if (allocation.tied().contains(row.candidate())) {
            outcome = CandidateResult.Outcome.TIED;
        } else {
            outcome = CandidateResult.Outcome.NOT_ELECTED;
        }
        return new CandidateResult(row.candidate(), row.votes(), row.percentOfBase(), row.percentOfValid(),
                row.passed(), outcome);
    }
}
