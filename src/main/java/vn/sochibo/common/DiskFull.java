package vn.sochibo.common;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a full disk however it reaches us: the operating system's "No space left on device" (Linux, macOS),
 * "There is not enough space on the disk" (Windows) or "Disk quota exceeded", as an {@code IOException} or inside
 * the exceptions of H2, Flyway, jOOQ or POI that wrap it, and H2's own "Writing to … failed" of its store.
 * {@link Messages#describe} turns any such failure into one message naming the folder, so no call site needs a
 * special case.
 */
public final class DiskFull {

    private static final String[] PHRASES = {
        "no space left on device", "not enough space on the disk", "disk quota exceeded", "disk full"};
    /** A path in quotes, as H2 and the JDK put it in their messages: "/home/…/sochibo.mv.db", 'C:\…'. */
    private static final Pattern QUOTED_PATH = Pattern.compile("[\"']((?:/|[A-Za-z]:\\\\)[^\"'\\n]+)[\"']");
    /** H2's store: "Writing to nio:/home/…/sochibo.mv.db failed; length … at …". */
    private static final Pattern H2_WRITING = Pattern.compile("Writing to (?:\\w+:)?(\\S+) failed");

    private DiskFull() {
    }

    /** True when {@code failure} or one of its causes says the disk (or the user's quota) is full. */
    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            String lower = message.toLowerCase(Locale.ROOT);
            for (String phrase : PHRASES) {
                if (lower.contains(phrase)) {
                    return true;
                }
            }
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException") && H2_WRITING.matcher(message).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The folder the failed write went to, as far as the failure tells: the file of a {@link FileSystemException},
     * a path given to a {@link UserFacingException}, or a path in a library's message; null when none does.
     */
    public static Path folder(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof FileSystemException fs && fs.getFile() != null) {
                Path p = folderOf(fs.getFile());
                if (p != null) {
                    return p;
                }
            }
            if (t instanceof UserFacingException u) {
                for (Object arg : u.args()) {
                    Path p = arg instanceof Path path ? folderOf(path.toString()) : arg instanceof String s ? folderOf(s) : null;
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        for (Throwable t = failure; t != null; t = next(t)) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            for (Pattern pattern : new Pattern[] {QUOTED_PATH, H2_WRITING}) {
                Matcher m = pattern.matcher(message);
                while (m.find()) {
                    Path p = folderOf(m.group(1));
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    private static Path folderOf(String text) {
        if (text == null || text.isBlank() || text.length() > 4096) {
            return null;
        }
        try {
            Path p = Paths.get(text);
            if (!p.isAbsolute()) {
                return null;
            }
            return Files.isDirectory(p) ? p : p.getParent();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Throwable next(Throwable t) {
        Throwable cause = t.getCause();
        return cause == t ? null : cause;
    }
}
