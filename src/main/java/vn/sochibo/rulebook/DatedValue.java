package vn.sochibo.rulebook;

import java.time.LocalDate;

/**
 * One value of a dated setting, in force from {@code from} until the next value of the same key.
 *
 * @param key    the setting's key, e.g. {@code dues.minimumWage.I}
 * @param from   the first day the value applies
 * @param value  the value in its stored form (see {@link SettingKind#normalise})
 * @param source where it comes from: the Party text or decree and its date (the program's values), or the reason
 *               the clerk gave (values entered in the window)
 * @param local  {@code true} for a value the clerk entered in this register
 */
public record DatedValue(String key, LocalDate from, String value, String source, boolean local) {
}
