package vn.sochibo.dues;

import java.math.BigDecimal;

/** Amounts of money as Vietnamese documents write them: "1.234.000" (dots between thousands), whole đồng. */
public final class Dong {

    private Dong() {
    }

    /** "1.234.000"; "-5.000" for a negative amount. */
    public static String format(long amount) {
        return vn.sochibo.common.Formats.thousands(amount);
    }

    /** A rate or percentage as written in Vietnamese: "0,5", "1", "30". */
    public static String percent(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /**
     * Reads an amount typed by the clerk: "100000", "100.000", "100 000", "100,000" or "100.000 đ"; empty for blank.
     *
     * @throws NumberFormatException when it is not a whole number of đồng
     */
    public static java.util.OptionalLong parse(String text) {
        if (text == null || text.isBlank()) {
            return java.util.OptionalLong.empty();
        }
        String t = text.strip().replace("đồng", "").replace("VNĐ", "").replace("VND", "").replace("đ", "")
                .replace('\u00A0', ' ').strip();
        // digits alone, or groups of three after the first separated by dots, commas or spaces ("100,5" is refused)
        if (!t.matches("-?(\\d{1,15}|\\d{1,3}([., ]\\d{3}){1,4})")) {
            throw new NumberFormatException(text);
        }
        return java.util.OptionalLong.of(Long.parseLong(t.replaceAll("[., ]", "")));
    }
}
