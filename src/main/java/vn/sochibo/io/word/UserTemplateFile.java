package vn.sochibo.io.word;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import vn.sochibo.common.UserFacingException;

/**
 * Where the user's own edited copy of a built-in template is kept (in the data folder): export the built-in one for
 * editing in Word, take an edited one back (refused, changing nothing, when it is not a .docx or lost a
 * placeholder), go back to the built-in one. The messages are the feature's, given as keys.
 */
public final class UserTemplateFile {

    /**
     * The feature's message keys: {@code read} (file name), {@code notDocx} (file name), {@code invalid} (missing
     * placeholders, file name), {@code noFolder}, {@code write} (file, error).
     */
    public record Keys(String read, String notDocx, String invalid, String noFolder, String write) {
    }

    private final Path file;
    private final DocxTemplate template;
    private final Keys keys;

    /** @param file where the user's template is kept, or {@code null} when there is no data folder */
    public UserTemplateFile(Path file, DocxTemplate template, Keys keys) {
        this.file = file;
        this.template = template;
        this.keys = keys;
    }

    /** Whether the user has put back a template of their own. */
    public boolean present() {
        return file != null && Files.isRegularFile(file);
    }

    /** The user's template bytes; {@code null} when there is none; empty when unreadable (the writer falls back). */
    public byte[] bytes() {
        if (!present()) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Why the user's template was not used: the placeholders to restore, or the file that could not be opened. */
    public String problem(byte[] used) {
        var missing = template.inspect(used).missing();
        return missing.isEmpty() ? String.valueOf(file) : String.join(", ", missing);
    }

    /** Saves the built-in template to {@code out} so the user can open it in Word. */
    public void exportBuiltIn(Path out) {
        try {
            Files.write(out, template.builtInTemplate());
        } catch (IOException e) {
            throw new UserFacingException(keys.write(), e, out.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** Makes an edited template the one used from now on; refuses a file that is not usable. */
    public void install(Path source) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source);
        } catch (IOException e) {
            throw new UserFacingException(keys.read(), e, source.toString());
        }
        DocxTemplate.TemplateCheck check = template.inspect(bytes);
        if (!check.opens()) {
            throw new UserFacingException(keys.notDocx(), source.getFileName().toString());
        }
        if (!check.missing().isEmpty()) {
            throw new UserFacingException(keys.invalid(), String.join(", ", check.missing()), source.getFileName().toString());
        }
        if (file == null) {
            throw new UserFacingException(keys.noFolder());
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UserFacingException(keys.write(), e, file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** Goes back to the built-in template. */
    public void remove() {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UserFacingException(keys.write(), e, file.toString(), String.valueOf(e.getMessage()));
        }
    }
}
