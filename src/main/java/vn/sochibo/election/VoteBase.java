package vn.sochibo.election;

import java.util.List;

/**
 * The vote base N of a congress (đại hội đảng viên), DOMAIN.md §1.7 and decision 1.
 *
 * <p>N = official members convened − introduced for temporary activity elsewhere − exempt members who are
 * absent − suspended − under prosecution or in custody − absent for the whole congress with a reason the
 * convening committee accepted. Exempt members who attend, and official members absent without an accepted
 * reason, stay in N.
 *
 * @param officialMembers      official members of the branch who were convened
 * @param temporarilyElsewhere introduced for temporary activity in another đảng bộ
 * @param exemptAbsent         exempt from work and activity (miễn công tác và sinh hoạt) and absent
 * @param suspended            suspended from Party activity (đình chỉ sinh hoạt đảng)
 * @param absentExcused        absent for the whole congress with a reason the convening committee accepted
 * @param prosecutedOrDetained under prosecution or in custody (khởi tố, truy tố, tạm giam), not already
 *                             counted as suspended
 */
public record VoteBase(int officialMembers, int temporarilyElsewhere, int exemptAbsent, int suspended,
        int absentExcused, int prosecutedOrDetained) {

    /** Label key of the subtraction for members on temporary activity elsewhere. */
    public static final String TEMPORARILY_ELSEWHERE = "election.base.temporarilyElsewhere";
    /** Label key of the subtraction for absent exempt members. */
    public static final String EXEMPT_ABSENT = "election.base.exemptAbsent";
    /** Label key of the subtraction for suspended members. */
    public static final String SUSPENDED = "election.base.suspended";
    /** Label key of the subtraction for members absent with an accepted reason. */
    public static final String ABSENT_EXCUSED = "election.base.absentExcused";
    /** Label key of the subtraction for members under prosecution or in custody. */
    public static final String PROSECUTED_OR_DETAINED = "election.base.prosecutedOrDetained";

    /**
     * One line of the working: what is subtracted from the official members and how many.
     *
     * @param labelKey one of the label keys of {@link VoteBase}; {@link ElectionMessages#baseLabel} gives
     *                 its Vietnamese text
     * @param count    how many members are subtracted, not negative
     */
    public record Subtraction(String labelKey, int count) {
    }

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException (Vietnamese message) if a count is negative or the subtractions
     *                                  exceed the official members
     */
    public VoteBase {
        requireCount(officialMembers, ElectionMessages.officialMembersLabel());
        requireCount(temporarilyElsewhere, ElectionMessages.baseLabel(TEMPORARILY_ELSEWHERE));
        requireCount(exemptAbsent, ElectionMessages.baseLabel(EXEMPT_ABSENT));
        requireCount(suspended, ElectionMessages.baseLabel(SUSPENDED));
        requireCount(absentExcused, ElectionMessages.baseLabel(ABSENT_EXCUSED));
        requireCount(prosecutedOrDetained, ElectionMessages.baseLabel(PROSECUTED_OR_DETAINED));
        long subtracted = (long) temporarilyElsewhere + exemptAbsent + suspended + absentExcused
                + prosecutedOrDetained;
        if (subtracted > officialMembers) {
            throw new IllegalArgumentException(
                    ElectionMessages.subtractionsExceedMembers(subtracted, officialMembers));
        }
    }

    /**
     * A base with nobody under prosecution or in custody, in the order of the command-line input.
     *
     * @throws IllegalArgumentException as the canonical constructor
     */
    public VoteBase(int officialMembers, int temporarilyElsewhere, int exemptAbsent, int suspended,
            int absentExcused) {
        this(officialMembers, temporarilyElsewhere, exemptAbsent, suspended, absentExcused, 0);
    }

    /**
     * N, the number every threshold is measured against.
     *
     * @return official members minus every subtraction; never negative
     */
    public int n() {
        return officialMembers - subtracted();
    }

    /**
     * The itemised subtractions, in the order of §1.7, zeros included so the record shows every line.
     *
     * @return an unmodifiable list of five items
     */
    public List<Subtraction> subtractions() {
        return List.of(
                new Subtraction(TEMPORARILY_ELSEWHERE, temporarilyElsewhere),
                new Subtraction(EXEMPT_ABSENT, exemptAbsent),
                new Subtraction(SUSPENDED, suspended),
                new Subtraction(PROSECUTED_OR_DETAINED, prosecutedOrDetained),
                new Subtraction(ABSENT_EXCUSED, absentExcused));
    }

    /**
     * Total subtracted from the official members.
     *
     * @return the sum of {@link #subtractions()}
     */
    public int subtracted() {
        return temporarilyElsewhere + exemptAbsent + suspended + absentExcused + prosecutedOrDetained;
    }

    /**
     * Votes needed to be elected: the smallest {@code v} with {@code 2v > N}.
     *
     * @return {@code ⌊N/2⌋ + 1}
     */
    public int votesNeeded() {
        return Threshold.votesNeeded(n());
    }

    /**
     * Whether {@code votes} clears the threshold, {@code 2 × votes > N}.
     *
     * @param votes not negative
     * @return {@code true} when elected by votes (seats permitting)
     */
    public boolean isMajority(int votes) {
        return Threshold.isMajority(votes, n());
    }

    private static void requireCount(int value, String label) {
        if (value < 0) {
            throw new IllegalArgumentException(ElectionMessages.negativeCount(label, value));
        }
    }
}
