package vn.sochibo.ui;

import java.util.List;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/** The app's stylesheet and text size, applied to scenes and dialogs alike. */
public final class Styles {

    public static final String APP_CSS = Styles.class.getResource("/vn/sochibo/ui/app.css").toExternalForm();

    private Styles() {
    }

    /** Applies the stylesheet and the text size to a scene's root. */
    public static void apply(Scene scene, TextSize size) {
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
        applySize(scene.getRoot(), size);
    }

    public static void applySize(Parent root, TextSize size) {
        root.setStyle("-fx-font-size: " + size.pixels() + "px;");
        for (TextSize other : TextSize.values()) {
            root.getStyleClass().remove(styleClass(other));
        }
        root.getStyleClass().add(styleClass(size));
    }

    /** "text-normal", "text-large", "text-larger": for sizes CSS cannot express in em (icons). */
    public static String styleClass(TextSize size) {
        return "text-" + size.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** How much bigger than normal the text is under {@code node}'s scene (1.0 when unknown). */
    public static double scale(javafx.scene.Node node) {
        if (node.getScene() == null || node.getScene().getRoot() == null) {
            return 1.0;
        }
        for (TextSize size : TextSize.values()) {
            if (node.getScene().getRoot().getStyleClass().contains(styleClass(size))) {
                return size.pixels() / (double) TextSize.NORMAL.pixels();
            }
        }
        return 1.0;
    }

    /**
     * Column widths in FXML are pixels: scales them with the text size once the table is in a scene, so larger
     * text does not truncate dates and names.
     */
    public static void scaleColumnsWithText(javafx.scene.control.TableView<?> table) {
        Runnable apply = () -> {
            double factor = scale(table);
            if (table.getProperties().putIfAbsent("sochibo.scaled", Boolean.TRUE) == null) {
                // a table that fits its columns to its width may narrow them to their minimum: not below the header
                boolean fitted = table.getColumnResizePolicy() != javafx.scene.control.TableView.UNCONSTRAINED_RESIZE_POLICY;
                for (javafx.scene.control.TableColumn<?, ?> column : table.getColumns()) {
                    double header = headerWidth(column, factor);
                    column.setPrefWidth(Math.max(column.getPrefWidth() * factor, header));
                    column.setMinWidth(fitted ? Math.max(column.getMinWidth() * factor, header) : column.getMinWidth() * factor);
                }
            }
        };
        if (table.getScene() != null) {
            apply.run();
        }
        table.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(apply);
            }
        });
    }

    /**
     * Makes the columns of {@code table} share its width at every text size, for a table with many columns where
     * some matter more (amounts, dates, names) than others ({@code givingFirst}: long texts with a tooltip). The FXML
     * widths are scaled to the text size; when they do not fit, the {@code givingFirst} columns narrow first, then
     * the others, each down to its minimum width and never below its header (then the table scrolls sideways); when
     * they are narrower than the table, the last column takes the rest. The table keeps the unconstrained policy.
     */
    public static void fitColumns(javafx.scene.control.TableView<?> table, javafx.scene.control.TableColumn<?, ?>... givingFirst) {
        List<? extends javafx.scene.control.TableColumn<?, ?>> columns = List.copyOf(table.getColumns());
        List<javafx.scene.control.TableColumn<?, ?>> first = List.of(givingFirst);
        double[] pref = columns.stream().mapToDouble(javafx.scene.control.TableColumn::getPrefWidth).toArray();
        double[] min = columns.stream().mapToDouble(javafx.scene.control.TableColumn::getMinWidth).toArray();
        javafx.beans.InvalidationListener fit = obs -> {
            double factor = scale(table);
            double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 15; // the scroll bar
            if (room <= 0) {
                return;
            }
            int n = pref.length;
            double[] w = new double[n];
            double[] m = new double[n];
            double excess = -room;
            for (int i = 0; i < n; i++) {
                m[i] = Math.max(min[i] * factor, headerWidth(columns.get(i), factor));
                w[i] = Math.max(pref[i] * factor, m[i]);
                excess += w[i];
            }
            for (boolean giving : new boolean[] {true, false}) { // the columns that give first, then the others
                double slack = 0;
                for (int i = 0; i < n; i++) {
                    slack += first.contains(columns.get(i)) == giving ? w[i] - m[i] : 0;
                }
                double part = excess <= 0 || slack <= 0 ? 0 : Math.min(1, excess / slack);
                for (int i = 0; i < n; i++) {
                    if (first.contains(columns.get(i)) == giving) {
                        excess -= (w[i] - m[i]) * part;
                        w[i] -= (w[i] - m[i]) * part;
                    }
                }
            }
            if (excess < 0) {
                w[n - 1] -= excess; // the last column takes what is left
            }
            for (int i = 0; i < n; i++) {
                columns.get(i).setMinWidth(m[i]);
                columns.get(i).setPrefWidth(w[i]);
            }
        };
        table.widthProperty().addListener(fit);
        table.sceneProperty().addListener(fit);
    }

    /** The width a column needs to show its header whole ("Trạng thái sẽ ghi", not "Trạng thái …"), in bold. */
    static double headerWidth(javafx.scene.control.TableColumn<?, ?> column, double factor) {
        if (column.getText() == null || column.getText().isEmpty()) {
            return 0;
        }
        double pixels = TextSize.NORMAL.pixels() * factor;
        javafx.scene.text.Text text = new javafx.scene.text.Text(column.getText());
        text.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, pixels));
        return Math.ceil(text.getLayoutBounds().getWidth() + 1.8 * pixels); // padding and the sort arrow
    }

    /** Gives a dialog the same look and text size as its owner window. */
    public static void copyTo(Window owner, Parent dialogRoot) {
        if (!dialogRoot.getStylesheets().contains(APP_CSS)) {
            dialogRoot.getStylesheets().add(APP_CSS);
        }
        if (owner != null && owner.getScene() != null && owner.getScene().getRoot() != null) {
            Parent ownerRoot = owner.getScene().getRoot();
            dialogRoot.setStyle(ownerRoot.getStyle());
            ownerRoot.getStyleClass().stream().filter(c -> c.startsWith("text-")).findFirst()
                    .ifPresent(c -> dialogRoot.getStyleClass().add(c));
        }
    }
}
