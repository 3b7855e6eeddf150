package vn.sochibo.member;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Party years (tuổi đảng) and Party badges (src/site/rules.md, "Hồ sơ đảng viên"; 294-QĐ/TW §4.5): counted from the
 * admission decision date, minus the time spent out of the Party (from a removal or expulsion to the re-admission).
 */
public final class PartyYears {

    /** Badge levels in years. */
    public static final List<Integer> BADGE_LEVELS = List.of(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);

    /** Presentation days: 3/2, 19/5, 2/9, 7/11. */
    private static final List<MonthDay> PRESENTATION_DAYS = List.of(
            MonthDay.of(2, 3), MonthDay.of(5, 19), MonthDay.of(9, 2), MonthDay.of(11, 7));

    private PartyYears() {
    }

    /** Days out of the Party up to {@code asOf}: every removal/expulsion until the next re-admission. */
    public static long daysOut(List<MemberEvent> events, LocalDate asOf) {
        long days = 0;
        LocalDate outSince = null;
        for (MemberEvent event : MemberLifecycle.ordered(events)) {
            if (event.date().isAfter(asOf)) {
                break;
            }
            if ((event.type() == MemberEventType.REMOVED || event.type() == MemberEventType.EXPELLED) && outSince == null) {
                outSince = event.date();
            } else if (event.type() == MemberEventType.READMITTED && outSince != null) {
                days += ChronoUnit.DAYS.between(outSince, event.date());
                outSince = null;
            }
        }
        if (outSince != null) {
            days += ChronoUnit.DAYS.between(outSince, asOf);
        }
        return days;
    }

    /**
     * Completed Party years at {@code asOf}, or empty when the start date is unknown.
     *
     * @param start the admission decision date (or, when unknown, the ceremony date)
     */
    public static Optional<Integer> completedYears(LocalDate start, List<MemberEvent> events, LocalDate asOf) {
        if (start == null || asOf.isBefore(start)) {
            return Optional.empty();
        }
        LocalDate until = membershipEnded(events, asOf).orElse(asOf);
        if (until.isBefore(start)) {
            return Optional.of(0);
        }
        LocalDate shiftedStart = start.plusDays(daysOut(events, until));
        if (until.isBefore(shiftedStart)) {
            return Optional.of(0);
        }
        return Optional.of((int) ChronoUnit.YEARS.between(shiftedStart, until));
    }

    /**
     * The day the member's time in the Party stopped, as of {@code asOf}: death, or a removal or expulsion not
     * followed by a re-admission. Party years do not grow after it and no badge is due (rules.md, "Sổ đảng viên:
     * sửa sai và vòng đời", after Quy định 294-QĐ/TW §4.5).
     */
    public static Optional<LocalDate> membershipEnded(List<MemberEvent> events, LocalDate asOf) {
        LocalDate ended = null;
        for (MemberEvent event : MemberLifecycle.ordered(events)) {
            if (event.date().isAfter(asOf)) {
                break;
            }
            switch (event.type()) {
                case DECEASED -> {
                    return Optional.of(ended != null ? ended : event.date());
                }
                case REMOVED, EXPELLED -> ended = ended == null ? event.date() : ended;
                case READMITTED -> ended = null;
                default -> {
                    // no change to the time in the Party
                }
            }
        }
        return Optional.ofNullable(ended);
    }

    /** The date the member reaches {@code years} Party years, later by the gaps known so far. */
    public static LocalDate dateReaching(LocalDate start, List<MemberEvent> events, int years, LocalDate asOf) {
        return start.plusYears(years).plusDays(daysOut(events, asOf));
    }

    /** The next badge the member will reach after {@code asOf} (or has reached but not yet received). */
    public static Optional<Badge> nextBadge(LocalDate start, List<MemberEvent> events, LocalDate asOf) {
        if (start == null || membershipEnded(events, asOf).isPresent()) {
            return Optional.empty();
        }
        int highestAwarded = events.stream().filter(e -> e.type() == MemberEventType.BADGE_AWARDED)
                .map(e -> leadingNumber(e.note())).max(Integer::compare).orElse(0);
        for (int level : BADGE_LEVELS) {
            if (level <= highestAwarded) {
                continue;
            }
            LocalDate reached = dateReaching(start, events, level, asOf);
            return Optional.of(new Badge(level, reached, presentationDay(reached)));
        }
        return Optional.empty();
    }

    /**
     * The presentation day whose round covers a member reaching the age on {@code reached}. Rounds follow the Hanoi
     * badge guide (rules.md, "Hồ sơ đảng viên": 3/2 covers 01/12 to the end of February; then March–May → 19/5,
     * June–August → 2/9, September–November → 7/11). [U] other provinces may differ.
     */
    public static LocalDate presentationDay(LocalDate reached) {
        int month = reached.getMonthValue();
        int year = reached.getYear();
        if (month == 12) {
            return PRESENTATION_DAYS.get(0).atYear(year + 1);
        }
        if (month <= 2) {
            return PRESENTATION_DAYS.get(0).atYear(year);
        }
        if (month <= 5) {
            return PRESENTATION_DAYS.get(1).atYear(year);
        }
        if (month <= 8) {
            return PRESENTATION_DAYS.get(2).atYear(year);
        }
        return PRESENTATION_DAYS.get(3).atYear(year);
    }

    private static int leadingNumber(String text) {
        if (text == null) {
            return 0;
        }
        String digits = text.strip().replaceAll("^(\\d+).*$", "$1");
        return digits.matches("\\d+") ? Integer.parseInt(digits) : 0;
    }

    /** A badge level, the day the member reaches it and the presentation day of its round. */
    public record Badge(int years, LocalDate reached, LocalDate presentation) {
    }
}
