package vn.sochibo.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Members who failed two years running: graded KHT, or with a recorded violation (discipline, degradation, breaking
 * the prohibitions), in a year and in the year before. Quy định 294-QĐ/TW (mục 8.1) makes violating the standards of
 * a Party member two years running a ground for removal (xóa tên); the chi bộ considers it. Pure.
 */
public final class RepeatViolations {

    private RepeatViolations() {
    }

    /** One member's failing years. */
    public record Flag(long memberId, String fullName, int year) {

        /** The year before, the first of the two. */
        public int previousYear() {
            return year - 1;
        }
    }

    /** A member's year as it counts here. */
    public record MemberYear(long memberId, String fullName, int year, boolean failed) {
    }

    /**
     * The flags for {@code year}: every member who failed in it and in the year before.
     *
     * @param years members' years, any order, any number of years
     */
    public static List<Flag> flags(List<MemberYear> years, int year) {
        Map<Long, Set<Integer>> failed = new TreeMap<>();
        Map<Long, String> names = new TreeMap<>();
        for (MemberYear y : years) {
            if (y.failed()) {
                failed.computeIfAbsent(y.memberId(), k -> new java.util.TreeSet<>()).add(y.year());
                if (y.year() == year || !names.containsKey(y.memberId())) {
                    names.put(y.memberId(), y.fullName());
                }
            }
        }
        List<Flag> flags = new ArrayList<>();
        failed.forEach((member, failedYears) -> {
            if (failedYears.contains(year) && failedYears.contains(year - 1)) {
                flags.add(new Flag(member, names.get(member), year));
            }
        });
        return flags;
    }

    /** Whether a year counts as failed: the final grade is KHT or a violation is recorded. */
    public static boolean failed(Grade finalGrade, Violations violations) {
        return finalGrade == Grade.KHT || (violations != null && violations.any());
    }
}
