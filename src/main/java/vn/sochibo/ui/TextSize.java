package vn.sochibo.ui;

/** Text size for older users, applied to the whole scene. */
public enum TextSize {
    NORMAL(14), LARGE(17), LARGER(20);

    private final int pixels;

    TextSize(int pixels) {
        this.pixels = pixels;
    }

    public int pixels() {
        return pixels;
    }

    /** The stored value, falling back to NORMAL for anything unknown. */
    public static TextSize parse(String value) {
        for (TextSize size : values()) {
            if (size.name().equals(value)) {
                return size;
            }
        }
        return NORMAL;
    }
}
