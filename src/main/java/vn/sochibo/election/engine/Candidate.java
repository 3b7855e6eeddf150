package vn.sochibo.election.engine;

import java.text.Normalizer;

/**
 * A person on an election list.
 *
 * <p>The name is stored in Unicode NFC with surrounding blanks removed and inner runs of blanks (no-break
 * spaces pasted from spreadsheets included) collapsed to one space, so a name typed on another keyboard
 * (decomposed accents) still matches the ballot. In a Vietnamese name
 * the first word is the family name (họ), the last word the given name (tên), the rest the middle names.
 *
 * @param name       full name as printed on the ballot, not blank
 * @param partyYears whole years of Party membership (tuổi đảng), used only to order alternates with equal
 *                   votes (decision 2); not negative
 */
public record Candidate(String name, int partyYears) {

    /**
     * Normalises and checks the name.
     *
     * @throws IllegalArgumentException if the name is blank or Party years are negative
     * @throws NullPointerException     if the name is null
     */
    public Candidate {
        name = normalizeName(name);
        if (name.isEmpty()) {
            throw new IllegalArgumentException(ElectionMessages.blankCandidateName());
        }
        if (partyYears < 0) {
            throw new IllegalArgumentException(ElectionMessages.negativePartyYears(name, partyYears));
        }
    }

    /**
     * A candidate whose Party years do not matter here.
     *
     * @param name full name, not blank
     * @return a candidate with 0 Party years
     */
    public static Candidate named(String name) {
        return new Candidate(name, 0);
    }

    /**
     * The form in which names are compared: NFC, trimmed, inner blanks collapsed to one space.
     *
     * @param name any name, not null
     * @return the normalised name, possibly empty
     */
    public static String normalizeName(String name) {
        String nfc = Normalizer.isNormalized(name, Normalizer.Form.NFC) ? name
                : Normalizer.normalize(name, Normalizer.Form.NFC);
        return hasSingleSpacesOnly(nfc) ? nfc : collapseBlanks(nfc);
    }

    /** Whether every blank is a single ' ' between two non-blanks (the common case, checked without copying). */
    private static boolean hasSingleSpacesOnly(String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (isBlank(c) && (c != ' ' || i == 0 || i == last || isBlank(text.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    private static String collapseBlanks(String text) {
        StringBuilder collapsed = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBlank(c)) {
                pendingSpace = collapsed.length() > 0;
            } else {
                if (pendingSpace) {
                    collapsed.append(' ');
                    pendingSpace = false;
                }
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * The given name (tên), the last word.
     *
     * @return never empty
     */
    public String givenName() {
        int lastSpace = name.lastIndexOf(' ');
        return lastSpace < 0 ? name : name.substring(lastSpace + 1);
    }

    /**
     * The family name (họ), the first word.
     *
     * @return empty for a one-word name
     */
    public String familyName() {
        int firstSpace = name.indexOf(' ');
        return firstSpace < 0 ? "" : name.substring(0, firstSpace);
    }

    /**
     * The middle names (tên đệm), every word between the first and the last.
     *
     * @return empty when the name has fewer than three words
     */
    public String middleNames() {
        int firstSpace = name.indexOf(' ');
        int lastSpace = name.lastIndexOf(' ');
        return firstSpace < 0 || firstSpace == lastSpace ? "" : name.substring(firstSpace + 1, lastSpace);
    }
}
