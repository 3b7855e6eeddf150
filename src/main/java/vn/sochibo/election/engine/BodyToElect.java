package vn.sochibo.election.engine;

import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.MessageKey;
import vn.sochibo.common.Problem;
import vn.sochibo.common.ValidationException;

/**
 * What a branch congress elects, from the number of official members (src/site/rules.md, "Bầu cử tại đại hội chi
 * bộ": what a congress elects). Delegates are not listed: they are elected only when the upper level allocates a
 * number.
 *
 * @param committee          whether the branch elects a committee (chi ủy): 9 or more official members
 * @param maxCommitteeSize   the largest committee allowed (7), or 0 when there is no committee
 * @param offices            the offices in the order the congress elects them
 * @param deputyOptional     whether the deputy is elected only "if needed" (branches without a committee)
 * @param problems           what is wrong with the branch (fewer than 3 official members), as message keys
 */
public record BodyToElect(boolean committee, int maxCommitteeSize, List<Office> offices, boolean deputyOptional,
        List<Problem> problems) {

    /** Official members from which a branch elects a committee. */
    public static final int COMMITTEE_FROM_OFFICIAL_MEMBERS = 9;

    /** The fewest official members a branch may have (Điều lệ Đảng, Điều 24). */
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
     * @throws ValidationException ({@code election.engine.negativeCount}) if {@code officialMembers} is negative
     */
    public static BodyToElect forBranch(int officialMembers) {
        if (officialMembers < 0) {
            throw new ValidationException(List.of(Problem.error("officialMembers", "election.engine.negativeCount",
                    new MessageKey("election.engine.officialMembersLabel"), officialMembers)));
        }
        List<Problem> problems = new ArrayList<>();
        if (officialMembers < MIN_OFFICIAL_MEMBERS) {
            problems.add(Problem.warning("officialMembers", "election.engine.fewerThanThreeOfficial", officialMembers));
        }
        if (officialMembers >= COMMITTEE_FROM_OFFICIAL_MEMBERS) {
            return new BodyToElect(true, CandidateListCheck.MAX_COMMITTEE_SIZE,
                    List.of(Office.COMMITTEE, Office.SECRETARY, Office.DEPUTY), false, problems);
        }
        return new BodyToElect(false, 0, List.of(Office.SECRETARY, Office.DEPUTY), true, problems);
    }
}
