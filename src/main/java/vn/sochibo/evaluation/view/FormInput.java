package vn.sochibo.evaluation.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;

/**
 * Reads what the clerk typed in the evaluation's forms: decimals with a comma or a point ("27,5"), whole numbers,
 * dates dd/MM/yyyy. Blank is null; anything else unreadable adds an error naming the field and what was typed.
 */
final class FormInput {

    private FormInput() {
    }

    static BigDecimal decimal(String text, String field, List<Problem> problems) {
        return read(text, field, "evaluation.problem.notANumber", problems,
                t -> new BigDecimal(t.replace(" ", "").replace(',', '.')));
    }

    static Integer whole(String text, String field, List<Problem> problems) {
        return read(text, field, "evaluation.problem.notAWholeNumber", problems, t -> Integer.valueOf(t.replace(" ", "")));
    }

    static LocalDate date(String text, String field, List<Problem> problems) {
        return read(text, field, "evaluation.problem.notADate", problems, Formats::parseDate);
    }

    /** {@code text} read by {@code parser}; null when blank; an error saying what was typed when unreadable. */
    private static <T> T read(String text, String field, String messageKey, List<Problem> problems,
                              java.util.function.Function<String, T> parser) {
        String t = Text.cleanOrNull(text);
        if (t == null) {
            return null;
        }
        try {
            return parser.apply(t);
        } catch (NumberFormatException | DateTimeParseException e) {
            problems.add(Problem.error(field, messageKey, t));
            return null;
        }
    }

    /** A decimal as the form shows it (comma in Vietnamese), empty for null. */
    static String show(BigDecimal value, vn.sochibo.common.Messages messages) {
        return vn.sochibo.evaluation.EvaluationTexts.decimal(messages, value);
    }

    static String show(Integer value) {
        return value == null ? "" : value.toString();
    }

    static String show(LocalDate date) {
        return Formats.date(date);
    }
}
