package vn.sochibo.importing;

/** What an import will do with a row of the file. */
public enum RowState {
    /** A member not yet in the register: added. */
    NEW,
    /** A member already in the register (same card number, or same name and birth date): record replaced. */
    UPDATE,
    /** The same member as an earlier row of the file: left out. */
    DUPLICATE,
    /** A row with errors: left out. */
    ERROR
}
