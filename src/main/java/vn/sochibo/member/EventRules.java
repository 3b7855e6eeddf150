package vn.sochibo.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;

/**
 * What an event's own fields must satisfy, whether it is recorded now or corrected later (rules.md, "Sổ đảng
 * viên: sửa sai và vòng đời"): a date, not in the future; a period that ends after it starts; where a transfer
 * out goes; the decision's number for a removal or an expulsion; a recognition 12 months after the ceremony
 * (a warning). Pure.
 */
final class EventRules {

    private EventRules() {
    }

    /** The problems of {@code event}'s fields; empty type or date stop the checks there. */
    static List<Problem> fieldProblems(Member member, EventDraft event, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (event.type() == null) {
            problems.add(Problem.error("type", "member.event.problem.type.required"));
            return problems;
        }
        if (event.date() == null) {
            problems.add(Problem.error("date", "member.event.problem.date.required"));
            return problems;
        }
        if (event.date().isAfter(today)) {
            problems.add(Problem.error("date", "member.problem.date.future", event.date()));
        }
        if (event.type() == MemberEventType.TRANSFER_OUT && event.place() == null) {
            problems.add(Problem.error("transferPlace", "member.event.problem.placeRequired"));
        }
        if ((event.type() == MemberEventType.REMOVED || event.type() == MemberEventType.EXPELLED) && event.documentRef() == null) {
            problems.add(Problem.error("documentRef", "member.event.problem.documentRequired", event.type()));
        }
        if (event.endDate() != null && !event.endDate().isAfter(event.date())) {
            problems.add(Problem.error("endDate", "member.event.problem.endBeforeStart"));
        }
        if (event.type() == MemberEventType.OFFICIAL && member.data().joinedDate() != null) {
            LocalDate due = MemberLifecycle.probationEnd(member.data().joinedDate());
            if (!event.date().equals(due)) {
                problems.add(Problem.warning("date", "member.event.problem.officialDate", due));
            }
        }
        return problems;
    }

    /**
     * A corrected event keeps its place in the history: not before the event recorded just before it, not after
     * the one just after it (else the status worked out from the history would change behind the clerk's back).
     */
    static List<Problem> orderProblems(List<MemberEvent> history, MemberEvent original, LocalDate date) {
        List<MemberEvent> ordered = MemberLifecycle.ordered(history);
        int at = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id() == original.id()) {
                at = i;
            }
        }
        List<Problem> problems = new ArrayList<>();
        if (at > 0 && date.isBefore(ordered.get(at - 1).date())) {
            problems.add(Problem.error("date", "member.event.problem.beforeLast", ordered.get(at - 1).date()));
        }
        if (at >= 0 && at < ordered.size() - 1 && date.isAfter(ordered.get(at + 1).date())) {
            problems.add(Problem.error("date", "member.event.problem.afterNext", ordered.get(at + 1).date()));
        }
        return problems;
    }
}
