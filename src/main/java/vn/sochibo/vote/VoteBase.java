package vn.sochibo.vote;

import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.MessageKey;
import vn.sochibo.common.Problem;
import vn.sochibo.common.ValidationException;

/**
 * The vote base N of a meeting or a congress, with its working: the official members convened and what is
 * subtracted from them. See src/site/rules.md, "Biểu quyết và bầu cử: số N và ngưỡng".
 *
 * <p>N = official members convened − introduced for temporary activity elsewhere − exempt members who are absent −
 * suspended − under prosecution or in custody − absent with a reason that was accepted. Exempt members who attend,
 * and official members absent without an accepted reason, stay in N. Probationary members are never in N.
 *
 * @param officialMembers      official members convened (exempt, away and suspended ones included)
 * @param temporarilyElsewhere introduced for temporary activity in another đảng bộ
 * @param exemptAbsent         exempt from work and activity (miễn công tác và sinh hoạt) and absent
 * @param suspended            suspended from Party activity (đình chỉ sinh hoạt đảng)
 * @param absentExcused        absent for the whole meeting or congress with a reason that was accepted
 * @param prosecutedOrDetained under prosecution or in custody (khởi tố, truy tố, tạm giam), not already counted as
 *                             suspended
 */
public record VoteBase(int officialMembers, int temporarilyElsewhere, int exemptAbsent, int suspended,
        int absentExcused, int prosecutedOrDetained) {

    /** Message key of the official members convened. */
    public static final String OFFICIAL_MEMBERS = "vote.base.officialMembers";
    /** Message key of the subtraction for members on temporary activity elsewhere. */
    public static final String TEMPORARILY_ELSEWHERE = "vote.base.temporarilyElsewhere";
    /** Message key of the subtraction for absent exempt members. */
    public static final String EXEMPT_ABSENT = "vote.base.exemptAbsent";
    /** Message key of the subtraction for suspended members. */
    public static final String SUSPENDED = "vote.base.suspended";
    /** Message key of the subtraction for members absent with an accepted reason. */
    public static final String ABSENT_EXCUSED = "vote.base.absentExcused";
    /** Message key of the subtraction for members under prosecution or in custody. */
    public static final String PROSECUTED_OR_DETAINED = "vote.base.prosecutedOrDetained";

    /**
     * One line of the working: what is subtracted from the official members and how many.
     *
     * @param labelKey one of the message keys of {@link VoteBase}
     * @param count    how many members are subtracted, not negative
     */
    public record Subtraction(String labelKey, int count) {
    }

    /**
     * Checks the counts.
     *
     * @throws ValidationException ({@code vote.base.negative} with the label key and the value, or
     *                             {@code vote.base.subtractionsExceed} with the total subtracted and the official
     *                             members) if a count is negative or the subtractions exceed the official members
     */
    public VoteBase {
        List<Problem> problems = new ArrayList<>();
        requireCount(problems, OFFICIAL_MEMBERS, officialMembers);
        requireCount(problems, TEMPORARILY_ELSEWHERE, temporarilyElsewhere);
        requireCount(problems, EXEMPT_ABSENT, exemptAbsent);
        requireCount(problems, SUSPENDED, suspended);
        requireCount(problems, ABSENT_EXCUSED, absentExcused);
        requireCount(problems, PROSECUTED_OR_DETAINED, prosecutedOrDetained);
        long subtracted = (long) temporarilyElsewhere + exemptAbsent + suspended + absentExcused
                + prosecutedOrDetained;
        if (problems.isEmpty() && subtracted > officialMembers) {
            problems.add(Problem.error("base", "vote.base.subtractionsExceed", subtracted, officialMembers));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /**
     * A base with nobody under prosecution or in custody, in the order of the command-line input.
     *
     * @throws ValidationException as the canonical constructor
     */
    public VoteBase(int officialMembers, int temporarilyElsewhere, int exemptAbsent, int suspended,
            int absentExcused) {
        this(officialMembers, temporarilyElsewhere, exemptAbsent, suspended, absentExcused, 0);
    }

    /** N, the number every threshold is measured against: official members minus every subtraction. */
    public int n() {
        return officialMembers - subtracted();
    }

    /** The itemised subtractions, zeros included so a record shows every line; an unmodifiable list of five. */
    public List<Subtraction> subtractions() {
        return List.of(
                new Subtraction(TEMPORARILY_ELSEWHERE, temporarilyElsewhere),
                new Subtraction(EXEMPT_ABSENT, exemptAbsent),
                new Subtraction(SUSPENDED, suspended),
                new Subtraction(PROSECUTED_OR_DETAINED, prosecutedOrDetained),
                new Subtraction(ABSENT_EXCUSED, absentExcused));
    }

    /** Total subtracted from the official members. */
    public int subtracted() {
        return temporarilyElsewhere + exemptAbsent + suspended + absentExcused + prosecutedOrDetained;
    }

    /** Votes needed under {@code rule} with this base. */
    public int votesNeeded(VoteRule rule) {
        return rule.votesNeeded(n());
    }

    /** Whether {@code votes} in favour pass under {@code rule} with this base. */
    public boolean passes(VoteRule rule, int votes) {
        return rule.passes(votes, n());
    }

    /** Votes needed to be elected or to pass an ordinary motion: {@code ⌊N/2⌋ + 1}. */
    public int votesNeeded() {
        return votesNeeded(VoteRule.MORE_THAN_HALF);
    }

    /** Whether {@code votes} clear {@code 2 × votes > N}. */
    public boolean isMajority(int votes) {
        return passes(VoteRule.MORE_THAN_HALF, votes);
    }

    private static void requireCount(List<Problem> problems, String labelKey, int value) {
        if (value < 0) {
            problems.add(Problem.error(labelKey, "vote.base.negative", new MessageKey(labelKey), value));
        }
    }

}
