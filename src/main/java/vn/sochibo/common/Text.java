package vn.sochibo.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation used everywhere text enters the program: NFC, folding for search, name casing. */
public final class Text {

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private Text() {
    }

    /** NFC-normalised, trimmed text with runs of white space collapsed; {@code null} stays {@code null}. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        if (isClean(text)) { // most text is clean already (names on a ballot, counted by the hundred thousand)
            return text;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(nfc).replaceAll(" ").strip();
    }

    /** Whether {@link #clean} would return the text unchanged: NFC, no blank at either end, single spaces only. */
    private static boolean isClean(String text) {
        int last = text.length() - 1;
        if (last >= 0 && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(last)))) {
            return false;
        }
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || isSpace(text.charAt(i + 1)))) {
                return false;
            }
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /** The characters {@link #SPACES} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\u2007' || c == '\u202F';
    }

    /** Like {@link #clean} but returns {@code null} for blank text, for optional fields. */
    public static String cleanOrNull(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * Search form of a text: lower case, without diacritics, "đ" as "d", white space collapsed.
     * "Nguyễn Thị Hồng Thúy" and its NFD spelling both fold to "nguyen thi hong thuy".
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * A person's name as it is written in lists: every word capitalised, the rest in lower case,
     * stray spaces removed ("  NGUYỄN  văn an " becomes "Nguyễn Văn An").
     */
    public static String personName(String text) {
        String cleaned = clean(text);
        if (cleaned == null || cleaned.isEmpty()) {
            return cleaned;
        }
        StringBuilder out = new StringBuilder(cleaned.length());
        for (String word : cleaned.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            String lower = word.toLowerCase(VI);
            int first = lower.codePointAt(0);
            out.appendCodePoint(Character.toTitleCase(first)).append(lower.substring(Character.charCount(first)));
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
