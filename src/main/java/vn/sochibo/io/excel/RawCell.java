package vn.sochibo.io.excel;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One cell as the file holds it: text, a number, a date (a number with a date format), a boolean or a formula
 * error ({@link CellError}), and the name of its font when the format tells it (for legacy encodings).
 */
public record RawCell(Object value, String font) {

    public static final RawCell EMPTY = new RawCell(null, null);

    public boolean isEmpty() {
        return value == null || value instanceof String s && s.isBlank();
    }

    /** The cell as a person reads it: numbers without ".0", dates dd/MM/yyyy. */
    public String text() {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal n) {
            return n.stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalDateTime d) {
            return vn.sochibo.common.Formats.date(d.toLocalDate());
        }
        return value.toString();
    }
}
