package vn.sochibo.evaluation;

import java.util.List;

/**
 * One line of an explanation, as a message key with its arguments (rendered by {@code common.Messages}; decimals
 * are {@link java.math.BigDecimal}s, shown with the user's decimal sign).
 */
public record Line(String key, List<Object> args) {

    public Line {
        args = List.copyOf(args);
    }

    public static Line of(String key, Object... args) {
        return new Line(key, List.of(args));
    }
}
