package vn.sochibo.member.stats;

import java.util.Map;

import vn.sochibo.member.Gender;
import vn.sochibo.member.MemberStatus;
import vn.sochibo.member.PoliticalTheory;

/**
 * Counts for the statistics page and reports. One definition of "the branch's members" throughout, the same as
 * the member list's default filter "Đang sinh hoạt" ({@link MemberStatus#onRegister()}: probationary, official,
 * temporarily away, exempt, suspended): {@code onRegister}, and every breakdown except {@code byStatus}, count
 * those members, each breakdown adding up to {@code onRegister} (members whose gender or chi bộ is not yet known
 * are counted as such). {@code byStatus} also counts those who left (transferred out, removed, expelled,
 * deceased), kept apart by {@link #leftByStatus()}. Map keys are in display order.
 */
public record MemberStatistics(
        int onRegister, int probationary, int subBranchCount, int universityOrAbove,
        Map<MemberStatus, Integer> byStatus,
        Map<Gender, Integer> byGender,
        Map<AgeBand, Integer> byAge,
        Map<EducationLevel, Integer> byEducation,
        Map<PoliticalTheory, Integer> byPoliticalTheory,
        Map<PartyYearsBand, Integer> byPartyYears,
        Map<String, Integer> bySubBranch,
        int genderUnknown, int withoutSubBranch) {

    /** The members of the branch by status (adds up to {@link #onRegister}). */
    public Map<MemberStatus, Integer> onRegisterByStatus() {
        return byStatus(true);
    }

    /** Those who left the branch but stay in the register, by status (not part of {@link #onRegister}). */
    public Map<MemberStatus, Integer> leftByStatus() {
        return byStatus(false);
    }

    private Map<MemberStatus, Integer> byStatus(boolean onRegister) {
        Map<MemberStatus, Integer> out = new java.util.EnumMap<>(MemberStatus.class);
        byStatus.forEach((status, count) -> {
            if (status.onRegister() == onRegister) {
                out.put(status, count);
            }
        });
        return out;
    }

    /** Share of members on the register with a university degree or above, in whole percent (half up). */
    public int universityPercent() {
        return onRegister == 0 ? 0 : (int) Math.round(100.0 * universityOrAbove / onRegister);
    }

    public enum AgeBand { UNDER_31, FROM_31_TO_40, FROM_41_TO_50, FROM_51_TO_60, OVER_60, UNKNOWN }

    public enum PartyYearsBand { UNDER_10, FROM_10_TO_19, FROM_20_TO_29, FROM_30_TO_39, FROM_40, UNKNOWN }
}
