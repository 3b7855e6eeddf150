package vn.sochibo.member;

/** Gender as the Party forms record it. The JSON and Excel spelling is {@link #label()}. */
public enum Gender {
    NAM("Nam"),
    NU("Nữ");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    /** "Nam" or "Nữ", the spelling used in files and JSON (not translated). */
    public String label() {
        return label;
    }
}
