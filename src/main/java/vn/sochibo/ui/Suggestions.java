package vn.sochibo.ui;

import java.util.Collection;
import java.util.List;

import javafx.scene.control.TextField;

import org.controlsfx.control.textfield.TextFields;

import vn.sochibo.common.Text;

/**
 * Suggestions under a text field as the clerk types (ControlsFX auto-completion): names that contain every typed
 * word, with or without diacritics ("van phong" finds "Chi bộ Văn phòng"). For fields that also accept a new
 * value, where a closed choice list would not do. FX thread.
 */
public final class Suggestions {

    private static final int SHOWN = 12;

    private Suggestions() {
    }

    /** Offers the values of {@code choices} (read at each keystroke, so it may change) under {@code field}. */
    public static void offer(TextField field, Collection<String> choices) {
        TextFields.bindAutoCompletion(field, request -> matching(choices, request.getUserText()));
    }

    static List<String> matching(Collection<String> choices, String typed) {
        String[] words = Text.fold(typed == null ? "" : typed).split(" ");
        if (words.length == 1 && words[0].isEmpty()) {
            return List.of();
        }
        return choices.stream().filter(choice -> {
            String folded = Text.fold(choice);
            for (String w : words) {
                if (!w.isEmpty() && !folded.contains(w)) {
                    return false;
                }
            }
            return !folded.equals(Text.fold(typed));
        }).limit(SHOWN).toList();
    }
}
