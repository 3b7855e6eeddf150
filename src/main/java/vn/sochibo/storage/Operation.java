package vn.sochibo.storage;

/**
 * What the user did, stored with every change of its transaction in the audit log: a message key the log page
 * translates ("audit.op.member.update") and an optional detail shown with it (an imported file's name).
 * Services name their transaction with one line: {@code database.write(Operation.of("audit.op.member.update"), ctx -> ...)}.
 */
public record Operation(String key, String detail) {

    public Operation {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an operation needs a message key");
        }
    }

    public static Operation of(String key) {
        return new Operation(key, null);
    }

    public static Operation of(String key, String detail) {
        return new Operation(key, detail);
    }
}
