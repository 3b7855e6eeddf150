package vn.sochibo.election.engine;

import vn.sochibo.vote.VoteBase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.sochibo.common.Problem;
import vn.sochibo.common.ValidationException;

/**
 * One vote for one office: the list on the ballot, the places to fill and the base N. A further round or a
 * tie-break round is a new contest.
 *
 * @param office     what is elected
 * @param seats      official places to fill in this vote; may be 0 only for a delegates' vote that fills
 *                   alternates alone
 * @param alternates alternate places (delegates only), otherwise 0
 * @param keepLimit  the most names a valid ballot may keep ({@link KeepLimitRule}); by default seats + alternates
 * @param candidates the list, stored in Vietnamese ABC order (ballot order)
 * @param base       the vote base N
 */
public record Contest(Office office, int seats, int alternates, int keepLimit, List<Candidate> candidates,
        VoteBase base) {

    /**
     * Checks the structure and sorts the list.
     *
     * @throws ValidationException     (an {@code election.engine.*} key) for negative places, no place at all,
     *                                  alternates for an office other than delegates, a keep limit below 1,
     *                                  an empty list or a name listed twice
     * @throws NullPointerException     if an argument is null
     */
    public Contest {
        Objects.requireNonNull(base, "base");
        checkPlaces(office, seats, alternates);
        if (keepLimit < 1) {
            throw invalid("keepLimit", "election.engine.keepLimitTooSmall", keepLimit);
        }
        if (candidates.isEmpty()) {
            throw invalid("list", "election.engine.listEmpty");
        }
        Set<String> names = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (!names.add(candidate.name())) {
                throw invalid("list", "election.engine.duplicateCandidate", candidate.name());
            }
        }
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(CandidateOrder.alphabetical());
        candidates = List.copyOf(sorted);
    }

    /**
     * Checks that an office can have these places.
     *
     * @throws ValidationException     (an {@code election.engine.*} key) for negative places, no place at all, no
     *                                  official place outside a delegates' vote, or alternates for another office
     * @throws NullPointerException     if {@code office} is null
     */
    public static void checkPlaces(Office office, int seats, int alternates) {
        Objects.requireNonNull(office, "office");
        if (seats < 0 || alternates < 0 || seats + alternates < 1 || (seats == 0 && !office.hasAlternates())) {
            throw invalid("seats", "election.engine.noPlacesToFill", seats, alternates);
        }
        if (alternates > 0 && !office.hasAlternates()) {
            throw invalid("alternates", "election.engine.alternatesOnlyForDelegates");
        }
    }

    private static ValidationException invalid(String field, String key, Object... args) {
        return new ValidationException(List.of(Problem.error(field, key, args)));
    }

    /**
     * A contest whose ballots may keep up to seats + alternates names (the default {@link KeepLimitRule}).
     *
     * @return the contest
     * @throws ValidationException as the canonical constructor
     */
    public static Contest of(Office office, int seats, int alternates, List<Candidate> candidates,
            VoteBase base) {
        return new Contest(office, seats, alternates, seats + alternates, candidates, base);
    }

    /**
     * Official plus alternate places.
     *
     * @return seats + alternates
     */
    public int places() {
        return seats + alternates;
    }

    /**
     * Whether the list is longer than the names a ballot may keep, so voters cross names out (the crossing-out
     * ballot; a list without surplus uses the agree/disagree ballot).
     *
     * @return {@code true} for a list with surplus
     */
    public boolean hasSurplus() {
        return candidates.size() > keepLimit;
    }
}
