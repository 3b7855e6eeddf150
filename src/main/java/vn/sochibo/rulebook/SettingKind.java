package vn.sochibo.rulebook;

import java.math.BigDecimal;
import java.util.Locale;

/** What a dated setting holds, so a value the clerk types is checked before it is stored. */
public enum SettingKind {
    /** A whole number: đồng, days, months, years, a count. Not negative. */
    INTEGER,
    /** A decimal number, e.g. a percentage such as 0.5. Not negative. */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** Free text (at most 200 characters). */
    TEXT;

    /**
     * The value in its stored form, or empty when {@code raw} is not a value of this kind.
     *
     * @param raw what the clerk typed or the defaults file holds; decimal commas are accepted
     */
    public java.util.Optional<String> normalise(String raw) {
        if (raw == null) {
            return java.util.Optional.empty();
        }
        String text = raw.strip();
        if (text.isEmpty() || text.length() > 200) {
            return java.util.Optional.empty();
        }
        try {
            return switch (this) {
                case INTEGER -> {
                    long value = Long.parseLong(text.replace(".", "").replace(" ", ""));
                    yield value < 0 ? java.util.Optional.empty() : java.util.Optional.of(Long.toString(value));
                }
                case DECIMAL -> {
                    BigDecimal value = new BigDecimal(text.replace(',', '.'));
                    yield value.signum() < 0 ? java.util.Optional.empty()
                            : java.util.Optional.of(value.stripTrailingZeros().toPlainString());
                }
                case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                    case "true", "có", "co" -> java.util.Optional.of("true");
                    case "false", "không", "khong" -> java.util.Optional.of("false");
                    default -> java.util.Optional.empty();
                };
                case TEXT -> java.util.Optional.of(text);
            };
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
