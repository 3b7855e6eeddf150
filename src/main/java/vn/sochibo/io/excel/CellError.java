package vn.sochibo.io.excel;

/**
 * A cell whose formula failed in Excel ({@code #REF!}, {@code #DIV/0!}, {@code #VALUE!} …): read as this marker,
 * never as a blank or as text, so the row is rejected with the error named.
 *
 * @param code the error as Excel shows it
 */
public record CellError(String code) {

    /** Excel's error codes, for readers that only see the cached text of a formula. */
    static boolean isCode(String text) {
        return text != null && switch (text) {
            case "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!",
                 "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!" -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return code;
    }
}
