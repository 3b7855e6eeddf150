package vn.sochibo.common;

import java.util.List;

/**
 * An error the clerk is meant to read: it carries a message-bundle key and its arguments, not a sentence,
 * so the UI and the command line show it in the chosen language. Causes are for the log only.
 */
public class UserFacingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> args;

    public UserFacingException(String messageKey, Object... args) {
        this(messageKey, null, args);
    }

    public UserFacingException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
