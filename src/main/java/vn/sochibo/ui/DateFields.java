package vn.sochibo.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import vn.sochibo.common.Formats;

/** Date pickers that show and accept dd/MM/yyyy whatever the system locale. */
public final class DateFields {

    private DateFields() {
    }

    /** Sets the dd/MM/yyyy converter and commits typed text when focus leaves the field. */
    public static void setUp(DatePicker picker) {
        picker.setPromptText("dd/MM/yyyy");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Formats.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return Formats.parseDate(text);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        picker.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                String text = picker.getEditor().getText();
                picker.setValue(picker.getConverter().fromString(text));
                if (picker.getValue() == null && text != null && !text.isBlank()) {
                    picker.getEditor().setText(text);
                }
            }
        });
    }

    /** True when the field holds text that is not a valid dd/MM/yyyy date. */
    public static boolean hasInvalidText(DatePicker picker) {
        String text = picker.getEditor().getText();
        return text != null && !text.isBlank() && picker.getConverter().fromString(text) == null;
    }
}
