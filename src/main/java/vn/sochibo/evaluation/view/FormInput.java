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
        String t = Text.cleanOrNull(text);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t.replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(Problem.error(field, "evaluation.problem.notANumber", t));
            return null;
        }
    }

    static Integer whole(String text, String field, List<Problem> problems) {
        String t = Text.cleanOrNull(text);
        if (t == null) {
            return null;
        }
        try {
            return Integer.valueOf(t.replace(" ", ""));
        } catch (NumberFormatException e) {
            problems.add(Problem.error(field, "evaluation.problem.notAWholeNumber", t));
            return null;
        }
    }

    static LocalDate date(String text, String field, List<Problem> problems) {
        String t = Text.cleanOrNull(text);
        if (t == null) {
            return null;
        }
        try {
            return Formats.parseDate(t);
        } catch (DateTimeParseException e) {
            problems.add(Problem.error(field, "evaluation.problem.notADate", t));
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
