package vn.sochibo.election.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.sochibo.common.MessageKey;
import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;
import vn.sochibo.common.ValidationException;

/**
 * Builds the list for one office (src/site/rules.md, "Bầu cử tại đại hội chi bộ": the candidate list): the
 * convening committee's nominations, nominations from the floor and self-nominations approved by show of hands,
 * and withdrawals. Not thread-safe.
 */
public final class CandidateList {

    private final int membersPresent;
    private final Map<String, Candidate> byName = new LinkedHashMap<>();
    private final List<String> withdrawn = new ArrayList<>();

    /**
     * An empty list.
     *
     * @param membersPresent members present who vote on floor nominations, not negative
     * @throws ValidationException ({@code election.engine.negativeCount}) if {@code membersPresent} is negative
     */
    public CandidateList(int membersPresent) {
        if (membersPresent < 0) {
            throw new ValidationException(List.of(Problem.error("membersPresent", "election.engine.negativeCount",
                    new MessageKey("election.engine.membersPresentLabel"), membersPresent)));
        }
        this.membersPresent = membersPresent;
    }

    /**
     * Adds a nomination of the convening committee.
     *
     * @param candidate the nominee
     * @return problems: the name is already on the list
     */
    public List<Problem> nominate(Candidate candidate) {
        if (byName.containsKey(candidate.name())) {
            return List.of(Problem.error("candidate", "election.engine.duplicateCandidate", candidate.name()));
        }
        byName.put(candidate.name(), candidate);
        return List.of();
    }

    /**
     * Adds a nomination from the floor or a self-nomination if more than 30% of the members present agreed.
     *
     * @param candidate the nominee
     * @param inFavour  hands raised in favour
     * @return problems: not approved, or already on the list; empty when the name was added
     */
    public List<Problem> nominateFromFloor(Candidate candidate, int inFavour) {
        if (!CandidateListCheck.floorNominationApproved(inFavour, membersPresent)) {
            return List.of(Problem.error("candidate", "election.engine.floorNominationRejected", candidate.name(),
                    inFavour, membersPresent));
        }
        return nominate(candidate);
    }

    /**
     * Takes a name off the list after the congress accepted the withdrawal.
     *
     * @param name the full name
     * @return problems: the name is not on the list
     */
    public List<Problem> withdraw(String name) {
        String cleaned = Text.clean(name);
        if (byName.remove(cleaned) == null) {
            return List.of(Problem.error("candidate", "election.engine.notOnListToWithdraw", cleaned));
        }
        withdrawn.add(cleaned);
        return List.of();
    }

    /**
     * The list in ballot order (Vietnamese ABC by given name).
     *
     * @return the candidates, unmodifiable
     */
    public List<Candidate> candidates() {
        List<Candidate> sorted = new ArrayList<>(byName.values());
        sorted.sort(CandidateOrder.alphabetical());
        return List.copyOf(sorted);
    }

    /**
     * Names withdrawn, in the order they withdrew, for the record.
     *
     * @return the names, unmodifiable
     */
    public List<String> withdrawn() {
        return List.copyOf(withdrawn);
    }
}
