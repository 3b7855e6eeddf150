package vn.sochibo.storage;

import vn.sochibo.common.UserFacingException;

/** A storage failure with a message key the UI translates; the cause goes to the log. */
public final class StorageException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    public StorageException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause, args);
    }
}
