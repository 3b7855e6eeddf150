package vn.sochibo.cli;

/**
 * The tally input could not be read or does not describe a possible count. The message comes from the bundle in
 * the command line's language and is shown to the clerk as is.
 */
public final class ElectionTallyInputException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * An input error.
     *
     * @param message the message, rendered from the bundle
     * @param cause   the underlying error, may be null
     */
    public ElectionTallyInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
