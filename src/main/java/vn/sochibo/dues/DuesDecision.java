package vn.sochibo.dues;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;

/**
 * A decision on one member's dues (src/site/rules.md, "Đảng phí"): exempt from {@code from} (until {@code to}, or with
 * no end), or reduced by {@code percent} per cent for the months {@code from}–{@code to}, at most as many months as the
 * rule allows. Both need the decision's number.
 *
 * @param id      0 before it is stored
 * @param percent the reduction in per cent; null for an exemption
 * @param to      the last month covered, inclusive; null for an exemption without an end
 */
public record DuesDecision(long id, long memberId, DecisionKind kind, Integer percent, YearMonth from, YearMonth to,
                           String documentRef, String note) {

    public DuesDecision {
        documentRef = Text.cleanOrNull(documentRef);
        note = Text.cleanOrNull(note);
        if (kind == DecisionKind.EXEMPT) {
            percent = null;
        }
    }

    /** True when {@code month} lies in the decision's months. */
    public boolean covers(YearMonth month) {
        return !month.isBefore(from) && (to == null || !month.isAfter(to));
    }

    /**
     * What is wrong with it, against the rule's reduction steps and longest reduction in force in its first month.
     *
     * @param steps     the allowed reductions in per cent (e.g. 30, 50, 70)
     * @param maxMonths the longest a reduction may last
     */
    public List<Problem> problems(List<Integer> steps, int maxMonths) {
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(Problem.error("duesDecision", "dues.problem.decision.kind.required"));
        }
        if (from == null) {
            problems.add(Problem.error("duesFrom", "dues.problem.decision.from.required"));
        }
        if (documentRef == null) {
            problems.add(Problem.error("documentRef", "dues.problem.decision.document.required"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(Problem.error("duesTo", "dues.problem.decision.toBeforeFrom"));
        }
        if (kind == DecisionKind.REDUCTION) {
            if (percent == null || !steps.contains(percent)) {
                problems.add(Problem.error("duesPercent", "dues.problem.decision.percent",
                        percent == null ? "" : percent, steps.stream().map(String::valueOf)
                                .collect(java.util.stream.Collectors.joining(", "))));
            }
            if (to == null) {
                problems.add(Problem.error("duesTo", "dues.problem.decision.to.required", maxMonths));
            } else if (from != null && !to.isBefore(from) && months() > maxMonths) {
                problems.add(Problem.error("duesTo", "dues.problem.decision.tooLong", months(), maxMonths));
            }
        }
        return problems;
    }

    /** How many months it covers; 0 when open-ended. */
    public long months() {
        return to == null ? 0 : java.time.temporal.ChronoUnit.MONTHS.between(from, to) + 1;
    }
}
