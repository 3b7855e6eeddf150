package vn.sochibo.io.word;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How Party documents write dates, numbers and shares (src/site/rules.md and the Party document format): days below
 * 10 and the months 1–2 with a leading zero ("ngày 05 tháng 02 năm 2026"), document numbers with two digits below
 * 10, percentages with two decimals rounded half up and a decimal comma. Pure.
 */
public final class PartyFormat {

    private PartyFormat() {
    }

    /** "05" for 5, "12" for 12. */
    public static String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** The month as the date line writes it: "02" for February, "11" for November, "5" for May. */
    public static String month(LocalDate date) {
        return date.getMonthValue() <= 2 ? twoDigits(date.getMonthValue()) : String.valueOf(date.getMonthValue());
    }

    /** "Thanh Hóa, ngày 05 tháng 02 năm 2026". */
    public static String placeDate(String place, LocalDate date) {
        return place + ", ngày " + twoDigits(date.getDayOfMonth()) + " tháng " + month(date) + " năm " + date.getYear();
    }

    /** "ngày 05 tháng 02 năm 2026" (a date inside a sentence). */
    public static String longDate(LocalDate date) {
        return "ngày " + twoDigits(date.getDayOfMonth()) + " tháng " + month(date) + " năm " + date.getYear();
    }

    /** {@code part} of {@code whole} as a percentage with two decimals, half up ("88,89%"); "0%" when whole is 0. */
    public static String percent(int part, int whole) {
        if (whole == 0) {
            return "0%";
        }
        BigDecimal p = BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
        return p.toPlainString().replace('.', ',') + "%";
    }
}
