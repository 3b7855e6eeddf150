package vn.sochibo.election.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.sochibo.common.MessageKey;
import vn.sochibo.common.Problem;

/**
 * Checks of the number to elect and of the candidate list (src/site/rules.md, "Bầu cử tại đại hội chi bộ": what a
 * congress elects, the candidate list and its surplus). Every check is a pure function that returns problems as
 * message keys with their arguments; an empty list means "fine".
 */
public final class CandidateListCheck {

    /** The most members a branch committee may have (Quy định 294-QĐ/TW §23.2). */
    public static final int MAX_COMMITTEE_SIZE = 7;

    /**
     * The range of surplus the convening committee prepares (10–15% of the seats, at least 1).
     *
     * @param min smallest surplus
     * @param max largest surplus, at least {@code min}
     */
    public record SurplusRange(int min, int max) {
    }

    private CandidateListCheck() {
    }

    /**
     * The largest surplus the congress may allow: {@code max(1, ⌊0.3 × seats⌋)}. For bodies of 3–5 members
     * this is 1 (the small-body rule). Rounding down is the safe reading of "không quá 30%" (our choice).
     *
     * @param seats places to fill, at least 1
     * @return the largest allowed surplus
     */
    public static int maxSurplus(int seats) {
        return Math.max(1, 3 * seats / 10);
    }

    /**
     * The longest list allowed for a committee.
     *
     * @param seats places to fill, at least 1
     * @return {@code seats + maxSurplus(seats)}
     */
    public static int maxListSize(int seats) {
        return seats + maxSurplus(seats);
    }

    /**
     * The surplus the convening committee prepares, 10–15% of the seats, at least 1 and never more
     * than {@link #maxSurplus}.
     *
     * @param seats places to fill, at least 1
     * @return for 3, 5 and 7 seats: 1 to 1; for 20 seats: 2 to 3
     */
    public static SurplusRange preparedSurplus(int seats) {
        int min = Math.min(Math.max(1, (seats + 9) / 10), maxSurplus(seats));
        int max = Math.min(Math.max(min, 15 * seats / 100), maxSurplus(seats));
        return new SurplusRange(min, max);
    }

    /**
     * Checks a list for a first or further round (not for a tie-break round, whose list is fixed by the
     * tie). For the committee the list must be longer than the seats and the surplus within
     * {@link #maxSurplus}; when it is longer, the congress is polled and the list cut in order of support.
     * For every office a list shorter than the official places is reported.
     *
     * @param office   the office
     * @param seats    official places to fill
     * @param listSize names on the list
     * @return problems, empty if the list may be voted on
     */
    public static List<Problem> checkList(Office office, int seats, int listSize) {
        List<Problem> problems = new ArrayList<>();
        if (listSize == 0) {
            problems.add(problem("list", "election.engine.listEmpty"));
            return problems;
        }
        if (office.requiresSurplus()) {
            if (listSize <= seats) {
                problems.add(problem("list", "election.engine.committeeListNotLonger", listSize, seats));
            } else if (listSize - seats > maxSurplus(seats)) {
                problems.add(problem("list", seats >= 3 && seats <= 5 ? "election.engine.surplusTooLarge.smallBody"
                        : "election.engine.surplusTooLarge", listSize - seats, maxSurplus(seats), maxListSize(seats),
                        seats));
            }
        } else if (listSize < seats) {
            problems.add(problem("list", "election.engine.listShorterThanSeats", listSize, seats));
        }
        return problems;
    }

    /**
     * Checks the number of places the congress voted for an office.
     *
     * @param office          the office
     * @param seats           official places
     * @param officialMembers official members of the branch (probationary members never count)
     * @return problems: a committee in a branch under 9 official members, a committee over 7, a secretary
     *         or deputy other than one person, more places than official members
     */
    public static List<Problem> checkSeats(Office office, int seats, int officialMembers) {
        List<Problem> problems = new ArrayList<>();
        if (office == Office.COMMITTEE) {
            if (!BodyToElect.forBranch(officialMembers).committee()) {
                problems.add(problem("seats", "election.engine.noCommitteeUnderNine", officialMembers));
            }
            if (seats > MAX_COMMITTEE_SIZE) {
                problems.add(problem("seats", "election.engine.committeeTooLarge", MAX_COMMITTEE_SIZE, seats));
            }
        }
        if (office.isSinglePerson() && seats != 1) {
            problems.add(problem("seats", "election.engine.singlePersonOffice", officeName(office), seats));
        }
        if (seats > officialMembers) {
            problems.add(problem("seats", "election.engine.seatsExceedMembers", seats, officialMembers));
        }
        return problems;
    }

    /**
     * The office's name as sentences use it ("Bí thư chi bộ"), for a message argument.
     *
     * @param office the office
     * @return the key {@code election.engine.officeName.<OFFICE>}
     */
    public static MessageKey officeName(Office office) {
        return new MessageKey("election.engine.officeName." + office.name());
    }

    /**
     * Whether a nomination from the floor (or a self-nomination) goes on the list: more than 30% of the
     * members present agree, {@code 10 × inFavour > 3 × present}.
     *
     * @param inFavour hands raised in favour
     * @param present  members present
     * @return {@code true} when the name goes on the list
     */
    public static boolean floorNominationApproved(int inFavour, int present) {
        return 10L * inFavour > 3L * present;
    }

    /**
     * Checks the list for secretary or deputy against the committee just elected: both are elected from
     * among its members when the branch has a committee.
     *
     * @param candidates the secretary's or deputy's list
     * @param committee  the elected committee members
     * @return one problem per candidate who is not a committee member
     */
    public static List<Problem> checkFromCommittee(List<Candidate> candidates, List<Candidate> committee) {
        Set<String> members = committee.stream().map(Candidate::name).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (!members.contains(candidate.name())) {
                problems.add(problem("candidate", "election.engine.notCommitteeMember", candidate.name()));
            }
        }
        return problems;
    }

    private static Problem problem(String field, String key, Object... args) {
        return Problem.error(field, key, args);
    }
}
