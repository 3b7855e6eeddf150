package vn.sochibo.storage;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The recovery code a clerk writes down or prints at set-up: 25 characters in five groups
 * ({@code 7KQ2M-…}), 125 random bits, from an alphabet without look-alikes (no I, L, O, U). Typing is forgiving:
 * case, spaces and dashes do not matter, and O/I/L are read as 0/1/1.
 */
public final class RecoveryCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 25;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCode() {
    }

    /** A new random code, grouped for reading aloud and writing down. */
    public static String generate() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 5 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, reduced to its 25 significant characters; null when it cannot be a recovery code. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            char mapped = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(mapped) < 0) {
                return null;
            }
            out.append(mapped);
        }
        return out.length() == LENGTH ? out.toString() : null;
    }
}
