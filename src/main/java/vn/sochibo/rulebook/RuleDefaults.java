package vn.sochibo.rulebook;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads the program's own dated settings from their properties form (see {@code rulebook/defaults.properties}):
 * {@code <key>.kind = INTEGER} and {@code <key>@yyyy-MM-dd = value | source}.
 */
public final class RuleDefaults {

    private RuleDefaults() {
    }

    /**
     * The rule book of the program's values.
     *
     * @throws IllegalStateException if a line is malformed (a packaging error, found by the tests)
     */
    public static RuleBook parse(Properties properties) {
        Map<String, SettingKind> kinds = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.endsWith(".kind") && !name.contains("@")) {
                kinds.put(name.substring(0, name.length() - ".kind".length()),
                        SettingKind.valueOf(properties.getProperty(name).strip()));
            }
        }
        List<DatedValue> values = new ArrayList<>();
        for (String name : properties.stringPropertyNames()) {
            int at = name.indexOf('@');
            if (at < 0) {
                continue;
            }
            String key = name.substring(0, at);
            SettingKind kind = kinds.get(key);
            if (kind == null) {
                throw new IllegalStateException("dated setting without a kind: " + name);
            }
            String raw = properties.getProperty(name);
            int bar = raw.indexOf('|');
            if (bar < 0) {
                throw new IllegalStateException("dated setting without a source: " + name);
            }
            String value = kind.normalise(raw.substring(0, bar))
                    .orElseThrow(() -> new IllegalStateException("bad value for " + name + ": " + raw));
            LocalDate from;
            try {
                from = LocalDate.parse(name.substring(at + 1));
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("bad date in " + name, e);
            }
            values.add(new DatedValue(key, from, value, raw.substring(bar + 1).strip(), false));
        }
        return new RuleBook(kinds, values);
    }
}
