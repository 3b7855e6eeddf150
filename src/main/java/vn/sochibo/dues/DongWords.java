package vn.sochibo.dues;

/**
 * An amount of đồng in Vietnamese words, as financial papers write it under the figure ("Bằng chữ: Một triệu không
 * trăm hai mươi ba nghìn năm trăm năm mươi bảy đồng"): groups of three digits named nghìn, triệu, tỷ; "linh" for a
 * missing ten, "mốt", "tư" and "lăm" after a ten; "không trăm" inside a number. Pure.
 */
public final class DongWords {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] GROUPS = {"", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ"};

    private DongWords() {
    }

    /** "Một trăm linh năm nghìn đồng"; "Không đồng" for 0; negative amounts start with "Âm". */
    public static String of(long amount) {
        if (amount == 0) {
            return "Không đồng";
        }
        String words = words(Math.abs(amount));
        String text = (amount < 0 ? "âm " : "") + words + " đồng";
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String words(long n) {
        StringBuilder out = new StringBuilder();
        int[] groups = new int[GROUPS.length];
        int count = 0;
        while (n > 0) {
            groups[count++] = (int) (n % 1000);
            n /= 1000;
        }
        for (int g = count - 1; g >= 0; g--) {
            if (groups[g] == 0) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(group(groups[g], g < count - 1));
            if (!GROUPS[g].isEmpty()) {
                out.append(' ').append(GROUPS[g]);
            }
        }
        return out.toString();
    }

    /** One group of three digits; {@code inside}: a higher group came before, so hundreds are always said. */
    private static String group(int n, boolean inside) {
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int units = n % 10;
        StringBuilder out = new StringBuilder();
        if (hundreds > 0 || inside) {
            out.append(DIGITS[hundreds]).append(" trăm");
        }
        if (tens == 0) {
            if (units > 0) {
                out.append(out.length() > 0 ? " linh " : "").append(DIGITS[units]);
            }
            return out.toString();
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(tens == 1 ? "mười" : DIGITS[tens] + " mươi");
        if (units == 1 && tens > 1) {
            out.append(" mốt");
        } else if (units == 4 && tens > 1) {
            out.append(" tư");
        } else if (units == 5) {
            out.append(" lăm");
        } else if (units > 0) {
            out.append(' ').append(DIGITS[units]);
        }
        return out.toString();
    }
}
