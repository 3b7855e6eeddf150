package vn.sochibo.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.sochibo.common.Formats;

/**
 * The counts of one evaluation year: members on the roll, evaluated and not (by reason), and how many got each grade
 * (the grade decided above, else the chi bộ's proposal; none yet: "chưa xếp loại").
 *
 * @param onRoll     members on the roll
 * @param evaluated  members evaluated
 * @param notEvaluated members not evaluated, by reason
 * @param graded     members evaluated with a grade, by grade (every grade present, zeros included)
 * @param ungraded   members evaluated without a grade yet
 */
public record YearTally(int onRoll, int evaluated, Map<Participation, Integer> notEvaluated,
                        Map<Grade, Integer> graded, int ungraded) {

    public YearTally {
        notEvaluated = Map.copyOf(notEvaluated);
        graded = Map.copyOf(graded);
    }

    /** One member as counted: their participation and final grade (null when not graded). */
    public record Counted(Participation participation, Grade grade) {
    }

    /** Counts {@code members}. */
    public static YearTally of(Collection<Counted> members) {
        Map<Participation, Integer> notEvaluated = new EnumMap<>(Participation.class);
        Map<Grade, Integer> graded = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            graded.put(g, 0);
        }
        int evaluated = 0;
        int ungraded = 0;
        for (Counted c : members) {
            if (!c.participation().evaluated()) {
                notEvaluated.merge(c.participation(), 1, Integer::sum);
            } else {
                evaluated++;
                if (c.grade() == null) {
                    ungraded++;
                } else {
                    graded.merge(c.grade(), 1, Integer::sum);
                }
            }
        }
        return new YearTally(members.size(), evaluated, notEvaluated, graded, ungraded);
    }

    /** How many got {@code grade}. */
    public int count(Grade grade) {
        return graded.getOrDefault(grade, 0);
    }

    /** How many got {@code grade} or better. */
    public int atLeast(Grade grade) {
        int n = 0;
        for (Grade g : Grade.values()) {
            if (g.atLeast(grade)) {
                n += count(g);
            }
        }
        return n;
    }

    /** The share of the evaluated members who got {@code grade}, or null when nobody was evaluated. */
    public BigDecimal share(Grade grade) {
        return Percent.of(count(grade), evaluated);
    }

    /** The share of the evaluated members who got {@code grade} or better. */
    public BigDecimal shareAtLeast(Grade grade) {
        return Percent.of(atLeast(grade), evaluated);
    }

    /** The cap check of this year's grades. */
    public TopGradeCap cap(BigDecimal capPercent) {
        return TopGradeCap.check(count(Grade.HTXS), count(Grade.HTT), capPercent);
    }

    /**
     * The report's sentence, as parts to render and join with spaces ({@link EvaluationTexts#sentence}): "Tổng số
     * đảng viên được đánh giá, xếp loại: 10 đồng chí. … 100% hoàn thành nhiệm vụ trở lên, 90% hoàn thành tốt nhiệm vụ
     * trở lên." Counts are written the Party way ("01", "10"; none is "0").
     */
    public List<Line> sentence() {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of("evaluation.sentence.evaluated", count(evaluated)));
        notEvaluated.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> lines.add(Line.of("evaluation.sentence.notEvaluated", count(e.getValue()), e.getKey())));
        if (evaluated == 0) {
            return lines;
        }
        lines.add(Line.of("evaluation.sentence.grades", count(count(Grade.HTXS)), share(Grade.HTXS),
                count(count(Grade.HTT)), share(Grade.HTT), count(count(Grade.HT)), share(Grade.HT),
                count(count(Grade.KHT)), share(Grade.KHT)));
        if (ungraded > 0) {
            lines.add(Line.of("evaluation.sentence.ungraded", count(ungraded)));
        } else {
            lines.add(Line.of("evaluation.sentence.atLeast", shareAtLeast(Grade.HT), shareAtLeast(Grade.HTT)));
        }
        return lines;
    }

    /** A count as reports write it: "01" … "09", "10"; none is "0". */
    public static String count(int n) {
        return n == 0 ? "0" : Formats.count(n);
    }
}
