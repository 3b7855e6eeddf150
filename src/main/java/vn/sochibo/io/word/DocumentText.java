package vn.sochibo.io.word;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The wording of a document, kept in a properties file next to the feature's class: Vietnamese document text (it
 * goes into minutes and resolutions), not the user-interface bundle. Patterns are MessageFormat; an apostrophe is
 * an apostrophe. Immutable; thread-safe.
 */
public final class DocumentText {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private final Properties text = new Properties();
    private final String name;

    /** Reads {@code resource} next to {@code owner} (UTF-8); a missing file is a packaging error. */
    public DocumentText(Class<?> owner, String resource) {
        this.name = resource;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            text.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of {@code key} with its arguments.
     *
     * @throws IllegalStateException when the key is missing (a packaging error, found by the tests)
     */
    public String get(String key, Object... args) {
        String pattern = text.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException(name + ": no text " + key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), VI).format(args);
    }

    /** The text of {@code key} as it is, or {@code null} when there is none. */
    public String optional(String key) {
        return text.getProperty(key);
    }
}
