package vn.sochibo.io.excel;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The two 8-bit Vietnamese encodings of the 1990s and 2000s that still sit in old spreadsheets: TCVN3 (ABC,
 * fonts ".VnTime", ".VnArial" …; one byte per accented letter) and VNI-Windows (fonts "VNI-Times" …; a base
 * letter followed by a mark byte). Excel stores such text as the Windows-1252 reading of the bytes, so
 * "Đảng" arrives as "§¶ng" (TCVN3) or "Ñaûng" (VNI). This class detects and converts that text to Unicode NFC.
 */
public final class LegacyVietnamese {

    /** Which legacy encoding a text or a column is in. */
    public enum Encoding { UNICODE, TCVN3, VNI }

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    /** TCVN3 byte → Unicode letter (lower case; the ".VnTimeH" fonts show the same bytes as capitals). */
    private static final char[] TCVN3 = new char[256];

    static {
        String[][] table = {
            {"µ¶·¸¹", "àảãáạ"}, {"¨»¼½¾Æ", "ăằẳẵắặ"}, {"©ÇÈÉÊË", "âầẩẫấậ"}, {"®", "đ"},
            {"ÌÎÏÐÑ", "èẻẽéẹ"}, {"ªÒÓÔÕÖ", "êềểễếệ"}, {"×ØÜÝÞ", "ìỉĩíị"},
            {"ßáâãä", "òỏõóọ"}, {"«åæçèé", "ôồổỗốộ"}, {"¬êëìíî", "ơờởỡớợ"},
            {"ïñòóô", "ùủũúụ"}, {"­õö÷øù", "ưừửữứự"}, {"úûüýþ", "ỳỷỹýỵ"},
            {"¡¢£¤¥¦§", "ĂÂÊÔƠƯĐ"},
        };
        for (String[] pair : table) {
            for (int i = 0; i < pair[0].length(); i++) {
                TCVN3[pair[0].charAt(i)] = pair[1].charAt(i);
            }
        }
    }

    /** VNI mark characters (lower and upper case) → the combining marks they add to the letter before them. */
    private static final Map<Character, String> VNI_MARKS = new HashMap<>();
    /** VNI characters that stand alone for a whole letter. */
    private static final Map<Character, Character> VNI_LETTERS = new HashMap<>();

    private static final String GRAVE = "\u0300";
    private static final String ACUTE = "\u0301";
    private static final String HOOK = "\u0309";
    private static final String TILDE = "\u0303";
    private static final String DOT = "\u0323";
    private static final String CIRCUMFLEX = "\u0302";
    private static final String BREVE = "\u0306";

    static {
        String[] tones = {GRAVE, ACUTE, HOOK, TILDE, DOT};
        putMarks("øùûõï", "ØÙÛÕÏ", tones, "");
        putMarks("àáåãä", "ÀÁÅÃÄ", tones, CIRCUMFLEX);
        putMarks("èéúüë", "ÈÉÚÜË", tones, BREVE);
        VNI_MARKS.put('â', CIRCUMFLEX);
        VNI_MARKS.put('Â', CIRCUMFLEX);
        VNI_MARKS.put('ê', BREVE);
        VNI_MARKS.put('Ê', BREVE);
        String singles = "ñÑôÔöÖìíæóòÌÍÆÓÒîÎ";
        String letters = "đĐơƠưƯìíỉĩịÌÍỈĨỊỵỴ";
        for (int i = 0; i < singles.length(); i++) {
            VNI_LETTERS.put(singles.charAt(i), letters.charAt(i));
        }
    }

    private static void putMarks(String lower, String upper, String[] tones, String prefix) {
        for (int i = 0; i < tones.length; i++) {
            VNI_MARKS.put(lower.charAt(i), prefix + tones[i]);
            VNI_MARKS.put(upper.charAt(i), prefix + tones[i]);
        }
    }

    private LegacyVietnamese() {
    }

    /** The encoding a font name implies: ".VnTime", ".VnArialH" … → TCVN3; "VNI-Times" … → VNI; else Unicode. */
    public static Encoding byFont(String fontName) {
        if (fontName == null) {
            return Encoding.UNICODE;
        }
        String f = fontName.strip().toLowerCase(Locale.ROOT);
        if (f.startsWith(".vn")) {
            return Encoding.TCVN3;
        }
        return f.startsWith("vni") ? Encoding.VNI : Encoding.UNICODE;
    }

    /** True for the TCVN3 capital fonts (".VnTimeH", ".VnArialH" …), whose lower-case bytes show as capitals. */
    public static boolean isCapitalFont(String fontName) {
        return fontName != null && byFont(fontName) == Encoding.TCVN3 && fontName.strip().endsWith("H");
    }

    /** {@code text} converted from {@code encoding} to Unicode NFC ({@code null} stays {@code null}). */
    public static String decode(String text, Encoding encoding) {
        if (text == null || encoding == Encoding.UNICODE) {
            return text;
        }
        return encoding == Encoding.TCVN3 ? fromTcvn3(text) : fromVni(text);
    }

    /** TCVN3 text to Unicode NFC. */
    public static String fromTcvn3(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int b = toByte(text.charAt(i));
            char mapped = b >= 0 ? TCVN3[b] : 0;
            out.append(mapped != 0 ? mapped : text.charAt(i));
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** VNI-Windows text to Unicode NFC. */
    public static String fromVni(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String mark = VNI_MARKS.get(c);
            if (mark != null && i > 0 && isVniBase(text.charAt(i - 1), mark)) {
                out.append(mark);
                continue;
            }
            Character letter = VNI_LETTERS.get(c);
            out.append(letter != null ? letter : c);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isVniBase(char previous, String mark) {
        char base = Character.toLowerCase(previous);
        if (mark.startsWith(CIRCUMFLEX)) {
            return base == 'a' || base == 'e' || base == 'o';
        }
        if (mark.startsWith(BREVE)) {
            return base == 'a';
        }
        return "aeiouyôö".indexOf(base) >= 0;
    }

    /** Capitals for text written in a ".VnTimeH"-style font. */
    public static String upper(String text) {
        return text == null ? null : text.toUpperCase(VI);
    }

    private static int toByte(char c) {
        if (c < 0x100) {
            return c;
        }
        byte[] bytes = String.valueOf(c).getBytes(CP1252);
        return bytes.length == 1 && bytes[0] != '?' ? bytes[0] & 0xFF : -1;
    }

    private static final Pattern WORD = Pattern.compile("[^\\s,.;:()/\\-\"'0-9]+");
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?i)(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?"
            + "(oai|oay|oeo|uya|uyê|uây|ươi|ươu|iêu|yêu|uôi|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|yê|iu|oa|oă|oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|[aăâeêioôơuưy])"
            + "(ng|nh|ch|[cmnpt])?");
    private static final Pattern TONES = Pattern.compile("[\u0300\u0301\u0303\u0309\u0323]");

    /**
     * How Vietnamese a text looks: +1 for each word with letters beyond ASCII that is a well-formed Vietnamese
     * syllable, -1 for each that is not (stray "§", "¶", "ø", capitals inside a word …). Plain ASCII words count 0.
     */
    public static int score(String text) {
        if (text == null) {
            return 0;
        }
        int score = 0;
        var m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (word.chars().allMatch(ch -> ch < 0x80)) {
                continue;
            }
            score += isSyllable(word) ? 1 : -1;
        }
        return score;
    }

    private static boolean isSyllable(String word) {
        String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
        var tones = TONES.matcher(nfd);
        int toneCount = 0;
        while (tones.find()) {
            toneCount++;
        }
        if (toneCount > 1) {
            return false;
        }
        String base = Normalizer.normalize(TONES.matcher(nfd).replaceAll(""), Normalizer.Form.NFC);
        boolean capsInside = base.length() > 1 && !base.substring(1).equals(base.substring(1).toLowerCase(VI))
                && !base.equals(base.toUpperCase(VI));
        return !capsInside && SYLLABLE.matcher(base).matches();
    }

    /**
     * The encoding that makes these texts most Vietnamese. Unicode wins ties unless the cells' font names a
     * legacy encoding ({@code fontHint}), in which case that encoding wins ties.
     */
    public static Encoding detect(Iterable<String> texts, Encoding fontHint) {
        int unicode = 0;
        int tcvn3 = 0;
        int vni = 0;
        boolean anyHigh = false;
        for (String t : texts) {
            if (t == null || t.chars().allMatch(ch -> ch < 0x80)) {
                continue;
            }
            if (t.chars().anyMatch(ch -> ch > 0xFF && toByte((char) ch) < 0)) {
                unicode += 100; // letters like "ạ", "ư" exist only in Unicode text
                continue;
            }
            anyHigh = true;
            unicode += score(t);
            tcvn3 += score(fromTcvn3(t));
            vni += score(fromVni(t));
        }
        if (!anyHigh) {
            return Encoding.UNICODE;
        }
        if (fontHint == Encoding.TCVN3 && tcvn3 >= unicode && tcvn3 >= vni) {
            return Encoding.TCVN3;
        }
        if (fontHint == Encoding.VNI && vni >= unicode && vni >= tcvn3) {
            return Encoding.VNI;
        }
        if (tcvn3 > unicode && tcvn3 >= vni) {
            return Encoding.TCVN3;
        }
        return vni > unicode && vni > tcvn3 ? Encoding.VNI : Encoding.UNICODE;
    }

    /**
     * One cell's text in Unicode, decided by the cell's own content first and by {@code context} (the encoding
     * of its column or of the header row, from content and fonts) only when the content alone cannot tell:
     * "Ghi chó" reads as Vietnamese both ways, so a TCVN3 header row makes it "Ghi chú". Text typed for the
     * ".VnTimeH" capitals font comes out in capitals ({@link #capitalsFont}). See src/site/rules.md.
     */
    public static String decodeCell(String text, Encoding context) {
        if (text == null || text.chars().allMatch(ch -> ch < 0x80)) {
            return text;
        }
        if (text.chars().anyMatch(ch -> ch > 0xFF && toByte((char) ch) < 0)) {
            return text; // letters like "ạ", "ư" exist only in Unicode text
        }
        int unicode = score(text);
        int tcvn3 = score(fromTcvn3(text));
        int vni = score(fromVni(text));
        Encoding chosen;
        int best = Math.max(unicode, Math.max(tcvn3, vni));
        boolean contextTies = context == Encoding.TCVN3 && tcvn3 == best || context == Encoding.VNI && vni == best
                || context == Encoding.UNICODE && unicode == best;
        if (contextTies) {
            chosen = context;
        } else if (tcvn3 == best && tcvn3 > unicode) {
            chosen = Encoding.TCVN3;
        } else if (vni == best && vni > unicode) {
            chosen = Encoding.VNI;
        } else {
            chosen = Encoding.UNICODE;
        }
        String decoded = decode(text, chosen);
        return chosen == Encoding.TCVN3 ? capitalsFont(text, decoded) : decoded;
    }

    /**
     * TCVN3 has no capitals for most accented letters: capitals are typed as the lower-case bytes in a ".VnTimeH"
     * font, so a cell whose plain letters are all capitals but whose decoded accented letters are small
     * ("CộNG HòA") was written for that font and is all capitals ("CỘNG HÒA").
     */
    static String capitalsFont(String raw, String decoded) {
        long asciiLetters = raw.chars().filter(ch -> ch < 0x80 && Character.isLetter(ch)).count();
        boolean asciiAllCaps = asciiLetters >= 2 && raw.chars().filter(ch -> ch < 0x80 && Character.isLetter(ch))
                .allMatch(Character::isUpperCase);
        boolean smallAccented = decoded.chars().anyMatch(ch -> ch >= 0x80 && Character.isLowerCase(ch));
        return asciiAllCaps && smallAccented ? upper(decoded) : decoded;
    }
}
