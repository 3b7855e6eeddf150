package vn.sochibo.election.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.sochibo.common.Problem;

/**
 * Decides whether a ballot is valid and whom it votes for (src/site/rules.md, "Bầu cử tại đại hội chi bộ": valid
 * and invalid ballots, the keep limit).
 *
 * <p>Automatic rulings: more names kept than the keep limit; every name crossed out on a multi-name
 * ballot; a single-name ballot with both boxes or neither marked. On a multi-name list without surplus a
 * name marked both or neither gets no vote and the ballot stays valid. A name that is not on the list makes
 * the ballot invalid (a name from outside the list; the texts we read leave it open) and is reported as an entry
 * problem, because it is most often a typing mistake. Reasons and problems are message keys with their
 * arguments. Immutable and safe to share.
 */
public final class BallotRules {

    private final Contest contest;
    private final Map<String, Integer> positionOf = new HashMap<>();

    /**
     * Rules for the ballots of one contest.
     *
     * @param contest the contest, not null
     */
    public BallotRules(Contest contest) {
        this.contest = contest;
        List<Candidate> candidates = contest.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            positionOf.put(candidates.get(i).name(), i);
        }
    }

    /**
     * Rules on one ballot. Pure: the same ballot always gets the same ruling.
     *
     * @param ballot the ballot as read, not null
     * @return the ruling, with entry problems that do not carry the ballot number
     */
    public BallotRuling rule(Ballot ballot) {
        if (ballot instanceof Ballot.CrossingOut crossingOut) {
            return ruleCrossingOut(crossingOut);
        }
        if (ballot instanceof Ballot.AgreeDisagree agreeDisagree) {
            return ruleAgreeDisagree(agreeDisagree);
        }
        Ballot.RuledInvalid ruled = (Ballot.RuledInvalid) ballot;
        if (ruled.reason().isEmpty()) {
            return BallotRuling.invalid(BallotRuling.reason("election.engine.reasonNotGiven"),
                    List.of(entryProblem("election.engine.invalidWithoutReason")));
        }
        return BallotRuling.invalid(BallotRuling.boardReason(ruled.reason()), List.of());
    }

    private BallotRuling ruleCrossingOut(Ballot.CrossingOut ballot) {
        List<Candidate> candidates = contest.candidates();
        boolean[] crossed = new boolean[candidates.size()];
        List<Problem> problems = new ArrayList<>();
        boolean unknownName = false;
        int crossedCount = 0;
        for (String name : ballot.crossed()) {
            Integer position = positionOf.get(name);
            if (position == null) {
                unknownName = true;
                problems.add(entryProblem("election.engine.nameNotOnList", name));
            } else if (crossed[position]) {
                problems.add(entryProblem("election.engine.nameEnteredTwice", name));
            } else {
                crossed[position] = true;
                crossedCount++;
            }
        }
        if (unknownName) {
            return BallotRuling.invalid(BallotRuling.reason("election.engine.reasonNameNotOnList"), problems);
        }
        int kept = candidates.size() - crossedCount;
        if (kept == 0 && candidates.size() > 1) {
            return BallotRuling.invalid(BallotRuling.reason("election.engine.reasonAllCrossed"), problems);
        }
        if (kept > contest.keepLimit()) {
            return BallotRuling.invalid(tooManyKept(), problems);
        }
        List<String> votesFor = new ArrayList<>(kept);
        for (int i = 0; i < crossed.length; i++) {
            if (!crossed[i]) {
                votesFor.add(candidates.get(i).name());
            }
        }
        return BallotRuling.validFor(votesFor, problems);
    }

    private BallotRuling ruleAgreeDisagree(Ballot.AgreeDisagree ballot) {
        List<Candidate> candidates = contest.candidates();
        List<Problem> problems = new ArrayList<>();
        for (String name : ballot.marks().keySet()) {
            if (!positionOf.containsKey(name)) {
                problems.add(entryProblem("election.engine.nameNotOnList", name));
            }
        }
        if (!problems.isEmpty()) {
            return BallotRuling.invalid(BallotRuling.reason("election.engine.reasonNameNotOnList"), problems);
        }
        if (candidates.size() == 1) {
            Mark mark = ballot.marks().getOrDefault(candidates.get(0).name(), Mark.NONE);
            if (mark == Mark.BOTH || mark == Mark.NONE) {
                return BallotRuling.invalid(BallotRuling.reason("election.engine.reasonSingleNameBothOrNeither"),
                        problems);
            }
            return BallotRuling.validFor(
                    mark == Mark.AGREE ? List.of(candidates.get(0).name()) : List.of(), problems);
        }
        Set<String> agreed = new HashSet<>();
        ballot.marks().forEach((name, mark) -> {
            if (mark == Mark.AGREE) {
                agreed.add(name);
            }
        });
        if (agreed.size() > contest.keepLimit()) {
            return BallotRuling.invalid(tooManyKept(), problems);
        }
        List<String> votesFor = new ArrayList<>(agreed.size());
        for (Candidate candidate : candidates) {
            if (agreed.contains(candidate.name())) {
                votesFor.add(candidate.name());
            }
        }
        return BallotRuling.validFor(votesFor, problems);
    }

    private Problem tooManyKept() {
        return BallotRuling.reason("election.engine.reasonTooManyKept", contest.keepLimit());
    }

    private static Problem entryProblem(String key, Object... args) {
        return Problem.warning("ballot", key, args);
    }
}
