package vn.sochibo.common;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * A Vietnamese full name split the way lists are sorted: by given name (the last word), then family name
 * (the first word), then the middle names, each compared with the Vietnamese collator ("Đ" after "D",
 * tones after the base letter).
 */
public final class PersonName {

    private static final Collator COLLATOR = newCollator();
    /** Collation keys per name part: 100,000 members share a few thousand distinct parts. */
    private static final java.util.Map<String, CollationKey> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 200_000;

    private PersonName() {
    }

    /** A new Vietnamese collator (collators are not thread-safe; each sort key owner makes its own or locks). */
    public static Collator newCollator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    /** The given name: the last word of the full name. */
    public static String givenName(String fullName) {
        String[] words = words(fullName);
        return words.length == 0 ? "" : words[words.length - 1];
    }

    /** The family name: the first word, or empty for a one-word name. */
    public static String familyName(String fullName) {
        String[] words = words(fullName);
        return words.length < 2 ? "" : words[0];
    }

    /** The middle names: the words between the family and the given name. */
    public static String middleNames(String fullName) {
        String[] words = words(fullName);
        if (words.length < 3) {
            return "";
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length - 1));
    }

    /** A precomputed key; comparing keys is a byte comparison, so sorting 100,000 names stays fast. */
    public static SortKey sortKey(String fullName) {
        String[] words = words(fullName);
        if (words.length == 0) {
            return new SortKey(key(""), key(""), key(""));
        }
        String given = words[words.length - 1];
        String family = words.length < 2 ? "" : words[0];
        String middle = words.length < 3 ? "" : String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length - 1));
        return new SortKey(key(given), key(family), key(middle));
    }

    private static CollationKey key(String part) {
        CollationKey cached = KEYS.get(part);
        if (cached != null) {
            return cached;
        }
        CollationKey computed;
        synchronized (COLLATOR) {
            computed = COLLATOR.getCollationKey(part);
        }
        if (KEYS.size() < MAX_CACHED) {
            KEYS.put(part, computed);
        }
        return computed;
    }

    /** Compares two texts with the Vietnamese collator, through the same key cache (for few distinct values). */
    public static int compareText(String a, String b) {
        return key(a == null ? "" : a).compareTo(key(b == null ? "" : b));
    }

    /** Compares two full names in Vietnamese list order (computes keys on the fly; use {@link SortKey} for bulk). */
    public static Comparator<String> comparator() {
        return Comparator.comparing(PersonName::sortKey);
    }

    private static String[] words(String fullName) {
        String cleaned = Text.clean(fullName);
        return cleaned == null || cleaned.isEmpty() ? new String[0] : cleaned.split(" ");
    }

    /** Collation keys of the given, family and middle names, compared in that order. */
    public record SortKey(CollationKey given, CollationKey family, CollationKey middle) implements Comparable<SortKey> {
        @Override
        public int compareTo(SortKey other) {
            int c = given.compareTo(other.given);
            if (c != 0) {
                return c;
            }
            c = family.compareTo(other.family);
            return c != 0 ? c : middle.compareTo(other.middle);
        }
    }
}
