package vn.sochibo.election.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What a branch congress elects, from the number of official members (294 §23.2, DOMAIN.md §1.1, T5).
 * Delegates are not listed: they are elected only when the upper level allocates a quota (§1.9).
 *
 * @param committee          whether the branch elects a committee (chi ủy): 9 or more official members
 * @param maxCommitteeSize   the largest committee allowed (7), or 0 when there is no committee
 * @param offices            the offices in the order the congress elects them
 * @param deputyOptional     whether the deputy is elected only "if needed" (branches without a committee)
 * @param problems           plain Vietnamese problems, e.g. fewer than 3 official members
 */
public record BodyToElect(boolean committee, int maxCommitteeSize, List<Office> offices, boolean deputyOptional,
        List<String> problems) {

    /** Official members from which a branch elects a committee. */
    public static final int COMMITTEE_FROM_OFFICIAL_MEMBERS = 9;

    /** The fewest official members a branch may have (Điều lệ Đ24). */
    public static final int MIN_OFFICIAL_MEMBERS = 3;

    /**
     * Makes the lists unmodifiable.
     */
    public BodyToElect {
        offices = List.copyOf(offices);
        problems = List.copyOf(problems);
    }

    /**
     * The body a branch elects.
     *
     * @param officialMembers official members only; probationary members never count towards 9
     * @return with 9 or more: committee (at most 7), secretary, deputy; with fewer: secretary and an
     *         optional deputy, no committee
     * @throws IllegalArgumentException if {@code officialMembers} is negative
     */
    public static BodyToElect forBranch(int officialMembers) {
        if (officialMembers < 0) {
            throw new IllegalArgumentException(
                    ElectionMessages.negativeCount(ElectionMessages.officialMembersLabel(), officialMembers));
        }
        List<String> problems = new ArrayList<>();
        if (officialMembers < MIN_OFFICIAL_MEMBERS) {
            problems.add(ElectionMessages.fewerThanThreeOfficial(officialMembers));
        }
        if (officialMembers >= COMMITTEE_FROM_OFFICIAL_MEMBERS) {
            return new BodyToElect(true, CandidateListCheck.MAX_COMMITTEE_SIZE,
                    List.of(Office.COMMITTEE, Office.SECRETARY, Office.DEPUTY), false, problems);
        }
        return new BodyToElect(false, 0, List.of(Office.SECRETARY, Office.DEPUTY), true, problems);
    }
}
