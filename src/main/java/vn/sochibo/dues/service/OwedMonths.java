package vn.sochibo.dues.service;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.dues.MonthSpan;
import vn.sochibo.member.MemberEvent;
import vn.sochibo.member.MemberEventType;
import vn.sochibo.member.MemberLifecycle;
import vn.sochibo.member.MemberSummary;

/**
 * The months a member pays dues to this branch, from the register's history (src/site/rules.md, "Đảng phí"): from
 * the month of admission (or re-admission, or arrival by transfer or return from temporary activity; after an arrival,
 * from the month after the one the transfer letter says was paid) through the month of leaving by transfer (permanent
 * or temporary: the letter states that month as paid), and until the month before a removal, expulsion or death.
 */
final class OwedMonths {

    /** Before any record: a member whose history does not start with an admission or arrival owes from the start. */
    static final YearMonth LONG_AGO = YearMonth.of(1900, 1);

    private OwedMonths() {
    }

    /**
     * @param paidThroughOnArrival the month the letter of the member's last arrival says was paid, or null
     */
    static List<MonthSpan> of(MemberSummary member, List<MemberEvent> events, YearMonth paidThroughOnArrival) {
        List<MemberEvent> ordered = MemberLifecycle.ordered(events);
        int lastArrival = -1;
        MemberEventType first = null;
        for (int i = 0; i < ordered.size(); i++) {
            MemberEventType t = ordered.get(i).type();
            if (arrival(t)) {
                lastArrival = i;
            }
            if (first == null && (arrival(t) || admission(t) || leaving(t) || ending(t))) {
                first = t;
            }
        }
        List<MonthSpan> spans = new ArrayList<>();
        YearMonth open = first != null && (arrival(first) || admission(first)) ? null
                : member.joinedDate() != null ? YearMonth.from(member.joinedDate()) : LONG_AGO;
        for (int i = 0; i < ordered.size(); i++) {
            MemberEvent e = ordered.get(i);
            YearMonth month = YearMonth.from(e.date());
            if (admission(e.type()) && open == null) {
                open = month;
            } else if (arrival(e.type()) && open == null) {
                open = i == lastArrival && paidThroughOnArrival != null ? paidThroughOnArrival.plusMonths(1) : month;
            } else if (leaving(e.type()) && open != null) {
                close(spans, open, month);
                open = null;
            } else if (ending(e.type()) && open != null) {
                close(spans, open, month.minusMonths(1));
                open = null;
            }
        }
        if (open != null) {
            spans.add(new MonthSpan(open, null));
        }
        return spans;
    }

    private static void close(List<MonthSpan> spans, YearMonth from, YearMonth to) {
        if (!to.isBefore(from)) {
            spans.add(new MonthSpan(from, to));
        }
    }

    private static boolean admission(MemberEventType t) {
        return t == MemberEventType.ADMITTED || t == MemberEventType.READMITTED;
    }

    private static boolean arrival(MemberEventType t) {
        return t == MemberEventType.TRANSFER_IN || t == MemberEventType.TEMPORARY_RETURN;
    }

    private static boolean leaving(MemberEventType t) {
        return t == MemberEventType.TRANSFER_OUT || t == MemberEventType.TEMPORARY_LEAVE;
    }

    private static boolean ending(MemberEventType t) {
        return t == MemberEventType.REMOVED || t == MemberEventType.EXPELLED || t == MemberEventType.DECEASED;
    }
}
