package vn.sochibo.dues;

import java.util.Optional;

import vn.sochibo.common.Text;

/** The four regions of the regional minimum wage (vùng I–IV). */
public enum WageRegion {
    I, II, III, IV;

    /** "I".."IV", "1".."4" or "Vùng II" in any case; empty when it is none of them. */
    public static Optional<WageRegion> parse(String text) {
        String t = Text.fold(text).replace("vung", "").strip().toUpperCase(java.util.Locale.ROOT);
        return switch (t) {
            case "I", "1" -> Optional.of(I);
            case "II", "2" -> Optional.of(II);
            case "III", "3" -> Optional.of(III);
            case "IV", "4" -> Optional.of(IV);
            default -> Optional.empty();
        };
    }
}
