package vn.sochibo.rulebook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import vn.sochibo.common.MessageKey;
import vn.sochibo.common.Problem;
import vn.sochibo.common.ValidationException;

/**
 * Every dated setting and its values: the program's own, from the Party texts, and those the clerk entered, which
 * win from their date on. Immutable. See src/site/rules.md, "Quy định theo ngày hiệu lực".
 */
public final class RuleBook {

    private final Map<String, SettingKind> kinds;
    private final Map<String, NavigableMap<LocalDate, DatedValue>> values;

    /**
     * @param kinds  every known key and its kind
     * @param values the values; for one key and date a local value replaces the program's
     * @throws IllegalArgumentException if a value's key is unknown
     */
    public RuleBook(Map<String, SettingKind> kinds, List<DatedValue> values) {
        this.kinds = Map.copyOf(kinds);
        Map<String, NavigableMap<LocalDate, DatedValue>> byKey = new TreeMap<>();
        for (DatedValue v : values) {
            if (!this.kinds.containsKey(v.key())) {
                throw new IllegalArgumentException("unknown dated setting: " + v.key());
            }
            NavigableMap<LocalDate, DatedValue> dated = byKey.computeIfAbsent(v.key(), k -> new TreeMap<>());
            DatedValue old = dated.get(v.from());
            if (old == null || v.local() || !old.local()) {
                dated.put(v.from(), v);
            }
        }
        byKey.replaceAll((k, m) -> Collections.unmodifiableNavigableMap(m));
        this.values = Collections.unmodifiableMap(byKey);
    }

    /** Every known key, sorted. */
    public List<String> keys() {
        return kinds.keySet().stream().sorted().toList();
    }

    /** The kind of {@code key}, or empty when the key is unknown. */
    public Optional<SettingKind> kind(String key) {
        return Optional.ofNullable(kinds.get(key));
    }

    /** Every value of {@code key}, oldest first. */
    public List<DatedValue> history(String key) {
        NavigableMap<LocalDate, DatedValue> dated = values.get(key);
        return dated == null ? List.of() : new ArrayList<>(dated.values());
    }

    /** The value of {@code key} in force on {@code date}, or empty before its first value. */
    public Optional<DatedValue> inForce(String key, LocalDate date) {
        NavigableMap<LocalDate, DatedValue> dated = values.get(key);
        if (dated == null) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, DatedValue> e = dated.floorEntry(date);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    /**
     * The value in force on {@code date}.
     *
     * @throws ValidationException {@code rulebook.notInForce} (the setting's label, the date) when no value applies
     *                             yet, e.g. a month before the rule's start
     */
    public DatedValue require(String key, LocalDate date) {
        return inForce(key, date).orElseThrow(() -> new ValidationException(List.of(Problem.error(null,
                "rulebook.notInForce", new MessageKey("rulebook." + key), date))));
    }

    /** A whole-number setting in force on {@code date}; see {@link #require}. */
    public long integer(String key, LocalDate date) {
        return Long.parseLong(require(key, date).value());
    }

    /** A decimal setting in force on {@code date}; see {@link #require}. */
    public BigDecimal decimal(String key, LocalDate date) {
        return new BigDecimal(require(key, date).value());
    }

    /** A yes/no setting in force on {@code date}; see {@link #require}. */
    public boolean bool(String key, LocalDate date) {
        return Boolean.parseBoolean(require(key, date).value());
    }

    /** A text setting in force on {@code date}; see {@link #require}. */
    public String text(String key, LocalDate date) {
        return require(key, date).value();
    }
}
