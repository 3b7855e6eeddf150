package vn.sochibo.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Works out the reminders for the register as of a day. Pure. */
public final class Reminders {

    /** How far ahead reminders look. */
    public static final int DAYS_AHEAD = 60;
    /** Badge rounds are announced well ahead: look this many days ahead for badges. */
    public static final int BADGE_DAYS_AHEAD = 180;

    private Reminders() {
    }

    /** Every reminder due within the look-ahead windows (or overdue), soonest first. */
    public static List<Reminder> compute(List<MemberSummary> members, Map<Long, List<MemberEvent>> events, LocalDate today) {
        List<Reminder> reminders = new ArrayList<>();
        for (MemberSummary m : members) {
            List<MemberEvent> history = events.getOrDefault(m.id(), List.of());
            if (m.status() == MemberStatus.PROBATIONARY && m.joinedDate() != null) {
                LocalDate end = MemberLifecycle.probationEnd(m.joinedDate());
                if (!end.isAfter(today.plusDays(DAYS_AHEAD))) {
                    reminders.add(new Reminder(m.id(), m.fullName(), Reminder.Kind.OFFICIAL_DUE, end, 0));
                }
            }
            if (m.status().onRegister() && m.status() != MemberStatus.SUSPENDED) {
                PartyYears.nextBadge(m.partyYearsStart(), history, today).ifPresent(badge -> {
                    if (!badge.presentation().isBefore(today.minusDays(DAYS_AHEAD))
                            && !badge.presentation().isAfter(today.plusDays(BADGE_DAYS_AHEAD))) {
                        reminders.add(new Reminder(m.id(), m.fullName(), Reminder.Kind.BADGE_DUE, badge.presentation(), badge.years()));
                    }
                });
            }
            if (m.status() == MemberStatus.TEMPORARILY_AWAY || m.status() == MemberStatus.EXEMPT || m.status() == MemberStatus.SUSPENDED) {
                MemberLifecycle.ordered(history).stream().filter(e -> e.type().hasPeriod() && e.endDate() != null)
                        .reduce((a, b) -> b)
                        .filter(e -> !e.endDate().isAfter(today.plusDays(DAYS_AHEAD)))
                        .ifPresent(e -> reminders.add(new Reminder(m.id(), m.fullName(), Reminder.Kind.PERIOD_ENDS, e.endDate(), 0)));
            }
        }
        reminders.sort(Comparator.comparing(Reminder::due));
        return reminders;
    }
}
