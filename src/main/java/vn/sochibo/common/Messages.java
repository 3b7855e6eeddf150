package vn.sochibo.common;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible texts: one bundle {@code i18n/messages}, Vietnamese by default (the base file), English in
 * {@code messages_en}. Never falls back to the JVM's default locale. Dates in arguments are shown dd/MM/yyyy.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String BUNDLE = "i18n.messages";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Messages in the given language ("vi" or "en"; anything else means Vietnamese). */
    public static Messages forLanguage(String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : VIETNAMESE;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, formatted with {@code args}; dates become dd/MM/yyyy, enums their labels. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = display(args[i]);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** True when the bundle has this key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The label of an enum constant: key {@code enum.<SimpleName>.<CONSTANT>}. */
    public String label(Enum<?> value) {
        return value == null ? "" : get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /**
     * A clerk-readable sentence for any failure; unknown failures get a general message (details go to the log).
     * A full disk, wherever it surfaced and whatever wrapped it, is always said as such, with the folder and what
     * to do ({@link DiskFull}).
     */
    public String describe(Throwable failure) {
        if (DiskFull.in(failure)) {
            java.nio.file.Path folder = DiskFull.folder(failure);
            return folder == null ? get("error.diskFull.noFolder") : get("error.diskFull", folder.toString());
        }
        Throwable t = failure;
        while (t != null) {
            if (t instanceof ValidationException v && !v.problems().isEmpty()) {
                StringBuilder text = new StringBuilder();
                for (Problem p : v.problems()) {
                    if (text.length() > 0) {
                        text.append('\n');
                    }
                    text.append(describe(p));
                }
                return text.toString();
            }
            if (t instanceof UserFacingException u) {
                return get(u.messageKey(), u.args());
            }
            t = t.getCause();
        }
        return get("error.unexpected");
    }

    /** "Field: message" for one problem. */
    public String describe(Problem problem) {
        String field = problem.field() == null ? null : "field." + problem.field();
        String message = get(problem.messageKey(), problem.args().stream().map(this::fieldOrValue).toArray());
        return field != null && has(field) ? get(field) + ": " + message : message;
    }

    private Object fieldOrValue(Object arg) {
        if (arg instanceof String s && has("field." + s)) {
            return get("field." + s);
        }
        return arg;
    }

    private Object display(Object arg) {
        if (arg instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (arg instanceof Enum<?> e) {
            return label(e);
        }
        if (arg instanceof MessageKey key) {
            return get(key.key());
        }
        if (arg instanceof Number n && !(arg instanceof Double) && !(arg instanceof Float)) {
            return n.toString();
        }
        return arg;
    }
}
