package vn.sochibo.ui;

import java.util.Map;

import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.control.Control;

import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Marks the fields in error with ControlsFX decorations (a red frame and an icon whose tooltip says what is wrong).
 * The rules stay in the domain and the view model: a field is marked exactly when the view model's map holds a
 * sentence for it, so the form and the import check one set of rules. FX thread.
 */
public final class Validation {

    private Validation() {
    }

    /**
     * Decorates each control with the error {@code errors} holds for its field (field name → sentence), and keeps the
     * marks in step with the map.
     */
    public static ValidationSupport decorate(Map<String, ? extends Control> controls, ObservableMap<String, String> errors) {
        ValidationSupport support = new ValidationSupport();
        support.setValidationDecorator(new CompoundValidationDecoration(new GraphicValidationDecoration(),
                new StyleClassValidationDecoration("field-error", "field-warning")));
        controls.forEach((field, control) -> support.registerValidator(control, false,
                (Control c, Object value) -> ValidationResult.fromErrorIf(c, errors.get(field), errors.containsKey(field))));
        // marks follow the map from the start, not only after the clerk's first keystroke (ControlsFX's default)
        support.initInitialDecoration();
        errors.addListener((MapChangeListener<String, String>) change -> {
            Control control = controls.get(change.getKey());
            if (control != null) {
                support.revalidate(control);
            }
        });
        return support;
    }
}
