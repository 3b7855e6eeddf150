package vn.sochibo.evaluation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;

import vn.sochibo.common.Messages;
import vn.sochibo.common.Problem;

/** Renders the evaluation's lines and problems, decimals with the user's decimal sign ("89,5" in Vietnamese). */
public final class EvaluationTexts {

    private EvaluationTexts() {
    }

    /** One line in the user's language. */
    public static String render(Messages messages, Line line) {
        return messages.get(line.key(), args(messages, line.args()));
    }

    /** Several lines, one per row. */
    public static String render(Messages messages, List<Line> lines) {
        return join(messages, lines, "\n");
    }

    /** Parts of a sentence joined with spaces (the year's sentence of {@link YearTally#sentence}). */
    public static String sentence(Messages messages, List<Line> lines) {
        return join(messages, lines, " ");
    }

    private static String join(Messages messages, List<Line> lines, String separator) {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            if (text.length() > 0) {
                text.append(separator);
            }
            text.append(render(messages, line));
        }
        return text.toString();
    }

    /** A problem ("Field: message"), decimals shown with the user's decimal sign. */
    public static String render(Messages messages, Problem problem) {
        return messages.describe(new Problem(problem.field(), problem.severity(), problem.messageKey(),
                List.of(args(messages, problem.args()))));
    }

    /** Problems one per line, errors marked "✗" and warnings "•". */
    public static String problems(Messages messages, List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        for (Problem p : problems) {
            text.append(text.length() > 0 ? "\n" : "").append(p.isError() ? "✗ " : "• ").append(render(messages, p));
        }
        return text.toString();
    }

    /** A failure for the clerk: every problem of a refused save (decimals as the user writes them), else its message. */
    public static String failure(Messages messages, Throwable failure) {
        return failure instanceof vn.sochibo.common.ValidationException v && !v.problems().isEmpty()
                ? problems(messages, v.problems()) : messages.describe(failure);
    }

    /** A decimal as the user writes it: "89,5", "90", "27,25" in Vietnamese; empty for null. */
    public static String decimal(Messages messages, BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(messages.locale()));
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    private static Object[] args(Messages messages, List<Object> args) {
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) {
            Object a = args.get(i);
            shown[i] = a instanceof BigDecimal b ? decimal(messages, b) : a;
        }
        return shown;
    }
}
