package vn.sochibo.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;

/**
 * Small bindings a code-behind needs between controls and a view model that exposes read-only state: text
 * columns, display-only converters, a table over a list the view model owns, and a combo box whose choice the view
 * model keeps.
 */
public final class Controls {

    private Controls() {
    }

    /** Fills a column with text computed from its row. */
    public static <S> void textColumn(TableColumn<S, String> column, Function<S, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null ? ""
                : text.apply(cell.getValue())));
    }

    /** Shows values as text; a combo box with it is for choosing, not typing. */
    public static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /**
     * Shows a list the view model owns (and others may not change) in a table whose columns still sort: the
     * table sorts a sorted view of it.
     */
    public static <S> void rows(TableView<S> table, ObservableList<S> items) {
        SortedList<S> sorted = new SortedList<>(items);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    /**
     * Keeps a combo box and a view model's choice together: what the clerk picks goes to {@code choose}, and what
     * the view model chose (its read-only property) is shown.
     */
    public static <T> void choice(ComboBox<T> box, ReadOnlyObjectProperty<T> chosen, Consumer<T> choose) {
        box.setValue(chosen.get());
        chosen.addListener((obs, old, now) -> box.setValue(now));
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != chosen.get()) {
                choose.accept(now);
            }
        });
    }
}
