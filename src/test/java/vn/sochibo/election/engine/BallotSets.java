package vn.sochibo.election.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Builds piles of ballots that give exact vote totals, for tests.
 */
final class BallotSets {

    private BallotSets() {
    }

    /**
     * {@code validBallots} crossing-out ballots on which each candidate is kept exactly {@code votes} times.
     * Crossings are dealt round the pile in turn, so every ballot gets ⌊c/v⌋ or ⌈c/v⌉ of the c crossings and
     * no ballot crosses the same name twice.
     *
     * @param list         the list in ballot order
     * @param validBallots how many ballots
     * @param votes        votes per candidate name; each at most {@code validBallots}
     * @return the ballots
     */
    static List<Ballot> crossingOut(List<Candidate> list, int validBallots, Map<String, Integer> votes) {
        List<List<String>> crossed = new ArrayList<>();
        for (int i = 0; i < validBallots; i++) {
            crossed.add(new ArrayList<>());
        }
        int next = 0;
        for (Candidate candidate : list) {
            int crossings = validBallots - votes.getOrDefault(candidate.name(), 0);
            for (int k = 0; k < crossings; k++) {
                crossed.get(next).add(candidate.name());
                next = (next + 1) % validBallots;
            }
        }
        List<Ballot> ballots = new ArrayList<>();
        crossed.forEach(names -> ballots.add(new Ballot.CrossingOut(names)));
        return ballots;
    }

    /**
     * Ballots for a single-name list: {@code agree} marked "đồng ý", {@code disagree} marked "không đồng ý".
     *
     * @param name     the only name
     * @param agree    ballots for
     * @param disagree ballots against
     * @return the ballots, those for first
     */
    static List<Ballot> singleName(String name, int agree, int disagree) {
        List<Ballot> ballots = new ArrayList<>();
        ballots.addAll(Collections.nCopies(agree, new Ballot.AgreeDisagree(Map.of(name, Mark.AGREE))));
        ballots.addAll(Collections.nCopies(disagree, new Ballot.AgreeDisagree(Map.of(name, Mark.DISAGREE))));
        return ballots;
    }

    /**
     * Ballots the board ruled invalid.
     *
     * @param reason the reason
     * @param count  how many
     * @return the ballots
     */
    static List<Ballot> ruledInvalid(String reason, int count) {
        return new ArrayList<>(Collections.nCopies(count, new Ballot.RuledInvalid(reason)));
    }

    /**
     * Concatenates piles.
     *
     * @param piles the piles
     * @return one list
     */
    @SafeVarargs
    static List<Ballot> concat(List<Ballot>... piles) {
        List<Ballot> all = new ArrayList<>();
        for (List<Ballot> pile : piles) {
            all.addAll(pile);
        }
        return all;
    }
}
