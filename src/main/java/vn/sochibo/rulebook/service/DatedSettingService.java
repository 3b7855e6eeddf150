package vn.sochibo.rulebook.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import vn.sochibo.common.MessageKey;
import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;
import vn.sochibo.common.ValidationException;
import vn.sochibo.rulebook.DatedValue;
import vn.sochibo.rulebook.RuleBook;
import vn.sochibo.rulebook.RuleDefaults;
import vn.sochibo.rulebook.SettingKind;
import vn.sochibo.storage.Database;
import vn.sochibo.storage.Operation;

/**
 * The dated settings of this register: the program's values plus those the clerk entered, each with a reason and
 * audited. See src/site/rules.md, "Quy định theo ngày hiệu lực".
 */
public final class DatedSettingService {

    /** Where the program's own values ship. */
    public static final String DEFAULTS = "/rulebook/defaults.properties";

    private final Database database;
    private final DatedSettingRepository repository;
    private final Clock clock;
    private final RuleBook defaults;

    public DatedSettingService(Database database, DatedSettingRepository repository, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.clock = clock;
        this.defaults = loadDefaults();
    }

    /** The program's own values, as shipped. */
    public static RuleBook loadDefaults() {
        try (InputStream in = DatedSettingService.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the build");
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return RuleDefaults.parse(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule book in force for this register: the program's values and the clerk's. */
    public RuleBook book() {
        return database.read(this::book);
    }

    /** The same, inside the caller's transaction. */
    public RuleBook book(org.jooq.DSLContext ctx) {
        List<DatedValue> all = new ArrayList<>();
        for (String key : defaults.keys()) {
            all.addAll(defaults.history(key));
        }
        for (DatedValue local : repository.all(ctx)) {
            if (defaults.kind(local.key()).isPresent()) {
                all.add(local);
            }
        }
        java.util.Map<String, SettingKind> kinds = new java.util.HashMap<>();
        for (String key : defaults.keys()) {
            kinds.put(key, defaults.kind(key).orElseThrow());
        }
        return new RuleBook(kinds, all);
    }

    /**
     * Enters a value from {@code from} on, replacing the clerk's earlier value of the same date.
     *
     * @throws ValidationException (nothing changed) for an unknown key, a missing date, a value that is not of the
     *                             setting's kind, or an empty reason
     */
    public void set(String key, LocalDate from, String value, String reason) {
        SettingKind kind = defaults.kind(key).orElse(null);
        List<Problem> problems = new ArrayList<>();
        String cleanReason = Text.cleanOrNull(reason);
        String stored = null;
        if (kind == null) {
            problems.add(Problem.error("setting", "rulebook.unknown", key));
        } else {
            stored = kind.normalise(Text.cleanOrNull(value)).orElse(null);
            if (stored == null) {
                problems.add(Problem.error("value", "rulebook.badValue." + kind.name(),
                        new MessageKey("rulebook." + key), value == null ? "" : value));
            }
        }
        if (from == null) {
            problems.add(Problem.error("effectiveFrom", "rulebook.noDate"));
        }
        if (cleanReason == null) {
            problems.add(Problem.error("reason", "rulebook.noReason"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String finalValue = stored;
        database.write(Operation.of("audit.op.rulebook.set", key), ctx -> {
            repository.put(ctx, key, from, finalValue, cleanReason, LocalDateTime.now(clock));
            return null;
        });
    }

    /**
     * Removes a value the clerk entered; the program's own values cannot be removed (enter a newer one instead).
     *
     * @throws ValidationException if there is no such value of the clerk's
     */
    public void remove(String key, LocalDate from) {
        boolean removed = database.write(Operation.of("audit.op.rulebook.remove", key),
                ctx -> repository.remove(ctx, key, from));
        if (!removed) {
            throw new ValidationException(List.of(Problem.error("setting", "rulebook.notLocal",
                    new MessageKey("rulebook." + key), from)));
        }
    }
}
