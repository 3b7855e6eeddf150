package vn.sochibo.common;

import java.util.List;

/**
 * Something wrong with what the user typed or imported: the field it concerns, how serious it is, and a
 * message key with its arguments. Errors block saving; warnings are shown and the user may go on.
 */
public record Problem(String field, Severity severity, String messageKey, List<Object> args) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(String field, String messageKey, Object... args) {
        return new Problem(field, Severity.ERROR, messageKey, List.of(args));
    }

    public static Problem warning(String field, String messageKey, Object... args) {
        return new Problem(field, Severity.WARNING, messageKey, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
