package vn.sochibo.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A small form in a dialog, built in code: labelled text fields (dates typed dd/MM/yyyy), text areas, choices and
 * check boxes, each with an id the UI tests look up, and "Lưu" / "Hủy" buttons. The caller reads the answers after
 * {@link #show}; what they mean is checked by the view model and the services, not here.
 */
public final class FormDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private final ButtonType ok;
    private int row;

    /**
     * @param title   the dialog's title and header
     * @param okText  the confirming button's text ("Lưu", "Ghi")
     * @param cancel  the cancelling button's text
     */
    public FormDialog(String title, String okText, String cancel) {
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(cancel, ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).setId("formOkButton");
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setMinWidth(560);
        dialog.getDialogPane().setContent(new VBox(8, grid));
        dialog.setResultConverter(b -> b);
    }

    private <C extends Control> C add(String id, String label, C control) {
        control.setId(id);
        Label l = new Label(label);
        l.setLabelFor(control);
        l.setWrapText(true);
        l.setMinWidth(150);
        grid.add(l, 0, row);
        grid.add(control, 1, row++);
        GridPane.setHgrow(control, Priority.ALWAYS);
        control.setMaxWidth(Double.MAX_VALUE);
        fields.put(id, control);
        return control;
    }

    /** A one-line text field. */
    public FormDialog text(String id, String label, String value) {
        add(id, label, new TextField(value == null ? "" : value));
        return this;
    }

    /** A multi-line text area. */
    public FormDialog area(String id, String label, String value) {
        TextArea area = add(id, label, new TextArea(value == null ? "" : value));
        area.setPrefRowCount(3);
        area.setWrapText(true);
        return this;
    }

    /** A choice among {@code items}, shown by {@code label}; {@code selected} may be null. */
    public <T> FormDialog choice(String id, String label, List<T> items, T selected, Function<T, String> text) {
        ComboBox<T> box = add(id, label, new ComboBox<>());
        box.getItems().setAll(items);
        box.setCellFactory(v -> cell(text));
        box.setButtonCell(cell(text));
        box.setValue(selected);
        return this;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : text.apply(item));
            }
        };
    }

    /** A check box. */
    public FormDialog check(String id, String label, boolean value) {
        CheckBox box = add(id, label, new CheckBox());
        box.setSelected(value);
        return this;
    }

    /** A line of explanation across the form (what the rules say about this step). */
    public FormDialog note(String text, String styleClass) {
        return note(null, text, styleClass);
    }

    /** The same, with an id, so the form may change the text while it is open ({@link #field}). */
    public FormDialog note(String id, String text, String styleClass) {
        Label note = new Label(text);
        if (id != null) {
            note.setId(id);
            fields.put(id, note);
        }
        note.setWrapText(true);
        note.setMaxWidth(640);
        if (styleClass != null) {
            note.getStyleClass().add(styleClass);
        }
        grid.add(note, 0, row++, 2, 1);
        return this;
    }

    /** The control with this id (to react to a choice while the form is open). */
    public Node field(String id) {
        return fields.get(id);
    }

    /** Shows the form through {@code dialogs}; true when the clerk confirmed. */
    public boolean show(Dialogs dialogs) {
        return dialogs.show(dialog).filter(b -> b == ok).isPresent();
    }

    /** The text typed in a field or area (empty when none). */
    public String text(String id) {
        Control c = fields.get(id);
        String text = c instanceof TextField f ? f.getText() : c instanceof TextArea a ? a.getText() : null;
        return text == null ? "" : text;
    }

    /** The item chosen, if any. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> chosen(String id) {
        return Optional.ofNullable(((ComboBox<T>) fields.get(id)).getValue());
    }

    /** Whether a check box is ticked. */
    public boolean checked(String id) {
        return ((CheckBox) fields.get(id)).isSelected();
    }
}
