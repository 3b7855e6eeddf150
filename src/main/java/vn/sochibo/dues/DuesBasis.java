package vn.sochibo.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;

/**
 * What one member's dues are counted from, from a date on (src/site/rules.md, "Đảng phí"): the kind, the member's own
 * amount in đồng (salary, benefit or pension), or the region of the minimum wage and whether the member has reached
 * retirement age ({@code retired} null: worked out from the birth date and gender). It applies to the month its date
 * falls in and every later month, until the next basis.
 *
 * @param id 0 before it is stored
 */
public record DuesBasis(long id, long memberId, LocalDate from, DuesKind kind, Long base, WageRegion region,
                        Boolean retired, String note) {

    public DuesBasis {
        note = Text.cleanOrNull(note);
        if (kind != null && !kind.hasOwnBase()) {
            base = null;
        }
        if (kind != DuesKind.NO_PENSION) {
            region = null;
            retired = null;
        }
    }

    /** The first month the basis applies to. */
    public YearMonth firstMonth() {
        return YearMonth.from(from);
    }

    /**
     * What is wrong with it (all errors): no date, no kind, a missing or not positive amount, no region. The messages
     * take no arguments, so a list of many members' bases can name the member in front of them.
     */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(Problem.error("duesFrom", "dues.problem.from.required"));
        }
        if (kind == null) {
            problems.add(Problem.error("duesKind", "dues.problem.kind.required"));
            return problems;
        }
        if (kind.hasOwnBase()) {
            if (base == null) {
                problems.add(Problem.error("duesBase", "dues.problem.base.required"));
            } else if (base <= 0) {
                problems.add(Problem.error("duesBase", "dues.problem.base.notPositive"));
            }
        }
        if (kind == DuesKind.NO_PENSION && region == null) {
            problems.add(Problem.error("duesRegion", "dues.problem.region.required"));
        }
        return problems;
    }

    /** The basis in force in {@code month}: the latest one dated in that month or before; null when none. */
    public static DuesBasis inForce(List<DuesBasis> bases, YearMonth month) {
        DuesBasis found = null;
        for (DuesBasis b : bases) {
            if (!b.firstMonth().isAfter(month) && (found == null || b.from().isAfter(found.from()))) {
                found = b;
            }
        }
        return found;
    }
}
