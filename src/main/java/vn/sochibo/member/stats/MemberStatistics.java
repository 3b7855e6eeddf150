package vn.sochibo.member.stats;

import java.util.Map;

import vn.sochibo.member.Gender;
import vn.sochibo.member.MemberStatus;
import vn.sochibo.member.PoliticalTheory;

/**
 * Counts for the statistics page and reports. Every breakdown except {@code byStatus} covers the members on
 * the register (probationary, official, temporarily away, exempt, suspended). Map keys are in display order.
 */
public record MemberStatistics(
        int onRegister, int probationary, int subBranchCount, int universityOrAbove,
        Map<MemberStatus, Integer> byStatus,
        Map<Gender, Integer> byGender,
        Map<AgeBand, Integer> byAge,
        Map<EducationLevel, Integer> byEducation,
        Map<PoliticalTheory, Integer> byPoliticalTheory,
        Map<PartyYearsBand, Integer> byPartyYears,
        Map<String, Integer> bySubBranch) {

    /** Share of members on the register with a university degree or above, in whole percent (half up). */
    public int universityPercent() {
        return onRegister == 0 ? 0 : (int) Math.round(100.0 * universityOrAbove / onRegister);
    }

    public enum AgeBand { UNDER_31, FROM_31_TO_40, FROM_41_TO_50, FROM_51_TO_60, OVER_60, UNKNOWN }

    public enum PartyYearsBand { UNDER_10, FROM_10_TO_19, FROM_20_TO_29, FROM_30_TO_39, FROM_40, UNKNOWN }
}
