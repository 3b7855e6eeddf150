package vn.sochibo.evaluation;

/**
 * The member's self-review form of HD 43-HD/BTCTW (2025): Mẫu 2A, 2B or 2C (2C for members who do not work in the
 * political system). See src/site/rules.md, "Đánh giá, xếp loại (annual evaluation)".
 */
public enum FormKind {
    FORM_2A("2A"),
    FORM_2B("2B"),
    FORM_2C("2C");

    private final String code;

    FormKind(String code) {
        this.code = code;
    }

    /** "2A", "2B" or "2C", as the form is numbered and stored. */
    public String code() {
        return code;
    }

    /** The kind stored as {@code code}, or null for null or blank. */
    public static FormKind fromCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (FormKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown form " + code);
    }
}
