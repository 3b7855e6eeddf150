package vn.sochibo.member;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a member's lifecycle (src/site/rules.md, "Hồ sơ đảng viên: các trường và trạng thái"): the status that
 * follows from the events, which events may be recorded next, and the dates that follow from the law (official date =
 * ceremony + 12 months). Pure functions; no state.
 */
public final class MemberLifecycle {

    private MemberLifecycle() {
    }

    /** Events in the order they happened (date, then the order they were recorded). */
    public static List<MemberEvent> ordered(List<MemberEvent> events) {
        return events.stream().sorted(Comparator.comparing(MemberEvent::date).thenComparingLong(MemberEvent::id)).toList();
    }

    /**
     * The status the events lead to. A member with no events is probationary (just admitted). Leaving events
     * (transfer out, removal, expulsion, death) end the member's time on the register; suspension wins over a
     * temporary leave, which wins over an exemption.
     *
     * @param officialFallback the status to use before any event says otherwise (OFFICIAL for members who
     *                         arrived by transfer as official members, PROBATIONARY otherwise)
     */
    public static MemberStatus status(List<MemberEvent> events, MemberStatus officialFallback) {
        MemberStatus base = officialFallback;
        boolean away = false;
        boolean exempt = false;
        boolean suspended = false;
        MemberStatus terminal = null;
        for (MemberEvent event : ordered(events)) {
            switch (event.type()) {
                case ADMITTED, READMITTED -> {
                    base = MemberStatus.PROBATIONARY;
                    terminal = null;
                    away = false;
                    exempt = false;
                    suspended = false;
                }
                case OFFICIAL -> base = MemberStatus.OFFICIAL;
                case TRANSFER_IN -> terminal = null;
                case TRANSFER_OUT -> terminal = MemberStatus.TRANSFERRED_OUT;
                case TEMPORARY_LEAVE -> away = true;
                case TEMPORARY_RETURN -> away = false;
                case EXEMPTED -> exempt = true;
                case EXEMPTION_ENDED -> exempt = false;
                case SUSPENDED -> suspended = true;
                case SUSPENSION_ENDED -> suspended = false;
                case REMOVED -> terminal = MemberStatus.REMOVED;
                case EXPELLED -> terminal = MemberStatus.EXPELLED;
                case DECEASED -> terminal = MemberStatus.DECEASED;
                case BADGE_AWARDED -> {
                    // no status change
                }
                default -> throw new IllegalStateException("unknown event " + event.type());
            }
        }
        if (terminal != null) {
            return terminal;
        }
        if (suspended) {
            return MemberStatus.SUSPENDED;
        }
        if (away) {
            return MemberStatus.TEMPORARILY_AWAY;
        }
        if (exempt) {
            return MemberStatus.EXEMPT;
        }
        return base;
    }

    /**
     * The member's status on {@code date} from the events up to that day; {@code null} when the member was not yet
     * on the register then. A member with no events has its current status from its ceremony date on.
     */
    public static MemberStatus statusAt(MemberSummary member, List<MemberEvent> events, LocalDate date) {
        if (events.isEmpty()) {
            return member.joinedDate() != null && member.joinedDate().isAfter(date) ? null : member.status();
        }
        List<MemberEvent> before = events.stream().filter(e -> !e.date().isAfter(date)).toList();
        return before.isEmpty() ? null : status(before, MemberStatus.PROBATIONARY);
    }

    /** Which events make sense for a member in the given status (the editor offers only these). */
    public static Set<MemberEventType> allowedNext(MemberStatus status) {
        return switch (status) {
            case PROBATIONARY -> EnumSet.of(MemberEventType.OFFICIAL, MemberEventType.TRANSFER_OUT,
                    MemberEventType.TEMPORARY_LEAVE, MemberEventType.EXEMPTED, MemberEventType.SUSPENDED,
                    MemberEventType.REMOVED, MemberEventType.EXPELLED, MemberEventType.DECEASED);
            case OFFICIAL -> EnumSet.of(MemberEventType.TRANSFER_OUT, MemberEventType.TEMPORARY_LEAVE,
                    MemberEventType.EXEMPTED, MemberEventType.SUSPENDED, MemberEventType.REMOVED,
                    MemberEventType.EXPELLED, MemberEventType.DECEASED, MemberEventType.BADGE_AWARDED);
            case TEMPORARILY_AWAY -> EnumSet.of(MemberEventType.TEMPORARY_RETURN, MemberEventType.OFFICIAL,
                    MemberEventType.TRANSFER_OUT, MemberEventType.REMOVED, MemberEventType.EXPELLED,
                    MemberEventType.DECEASED, MemberEventType.BADGE_AWARDED);
            case EXEMPT -> EnumSet.of(MemberEventType.EXEMPTION_ENDED, MemberEventType.TRANSFER_OUT,
                    MemberEventType.REMOVED, MemberEventType.EXPELLED, MemberEventType.DECEASED,
                    MemberEventType.BADGE_AWARDED);
            case SUSPENDED -> EnumSet.of(MemberEventType.SUSPENSION_ENDED, MemberEventType.REMOVED,
                    MemberEventType.EXPELLED, MemberEventType.DECEASED);
            case TRANSFERRED_OUT -> EnumSet.of(MemberEventType.TRANSFER_IN);
            case REMOVED, EXPELLED -> EnumSet.of(MemberEventType.READMITTED);
            case DECEASED -> EnumSet.noneOf(MemberEventType.class);
        };
    }

    /**
     * What the editor offers for this member: {@link #allowedNext(MemberStatus)}, without expulsion while the
     * member is still probationary (also when away, exempt or suspended): a probationary member can only be
     * reprimanded or warned, and one who does not qualify is removed (xóa tên). See rules.md, "Sổ đảng viên".
     */
    public static Set<MemberEventType> allowedNext(Member member, List<MemberEvent> history) {
        Set<MemberEventType> allowed = EnumSet.noneOf(MemberEventType.class);
        allowed.addAll(allowedNext(member.status()));
        if (stillProbationary(member, history)) {
            allowed.remove(MemberEventType.EXPELLED);
        }
        return allowed;
    }

    /** True while the member has not been recognised as official since the last (re-)admission. */
    public static boolean stillProbationary(Member member, List<MemberEvent> history) {
        if (member.status() == MemberStatus.PROBATIONARY) {
            return true;
        }
        if (!member.status().onRegister()) {
            return false;
        }
        MemberEventType last = null;
        for (MemberEvent e : ordered(history)) {
            if (e.type() == MemberEventType.ADMITTED || e.type() == MemberEventType.READMITTED || e.type() == MemberEventType.OFFICIAL) {
                last = e.type();
            }
        }
        return last == null ? member.data().officialDate() == null : last != MemberEventType.OFFICIAL;
    }

    /** Probation lasts 12 months from the ceremony; the member is official from the day it ends (T10). */
    public static LocalDate probationEnd(LocalDate ceremony) {
        return ceremony.plusYears(1);
    }

    /** The date at which the latest event of the given type happened, if any. */
    public static Optional<LocalDate> lastDate(List<MemberEvent> events, MemberEventType type) {
        return ordered(events).stream().filter(e -> e.type() == type).map(MemberEvent::date).reduce((a, b) -> b);
    }
}
