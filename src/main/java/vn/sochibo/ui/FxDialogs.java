package vn.sochibo.ui;

import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import vn.sochibo.common.Messages;

/** Real JavaFX dialogs, owned by the main window and styled like it. */
public final class FxDialogs implements Dialogs {

    private final Supplier<Window> owner;
    private final Messages messages;

    public FxDialogs(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void error(String title, String message) {
        Alert alert = prepare(new Alert(Alert.AlertType.ERROR), title, message);
        ButtonType close = close();
        alert.getButtonTypes().setAll(close);
        enterCloses(alert, close);
        alert.showAndWait();
    }

    /**
     * The button that closes a message: "Đóng", not JavaFX's English "OK". A cancel-close button, so Esc and the
     * title bar's X close the message too; made the default button so Enter does as well.
     */
    private ButtonType close() {
        return new ButtonType(messages.get("common.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private static void enterCloses(Alert alert, ButtonType close) {
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(close)).setDefaultButton(true);
    }

    @Override
    public void failure(String title, String message, Throwable details) {
        Alert alert = prepare(new Alert(Alert.AlertType.ERROR), title, message + "\n\n" + messages.get("error.logged"));
        java.io.StringWriter trace = new java.io.StringWriter();
        details.printStackTrace(new java.io.PrintWriter(trace));
        ButtonType copy = new ButtonType(messages.get("error.copyDetails"), javafx.scene.control.ButtonBar.ButtonData.LEFT);
        ButtonType close = close();
        alert.getButtonTypes().setAll(copy, close);
        enterCloses(alert, close);
        javafx.scene.control.Button copyButton = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(copy);
        copyButton.setId("copyDetailsButton");
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume(); // keep the dialog open
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(title + "\n" + message + "\n\n" + trace);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            copyButton.setText(messages.get("error.copied"));
        });
        alert.showAndWait();
    }

    @Override
    public void info(String title, String message) {
        Alert alert = prepare(new Alert(Alert.AlertType.INFORMATION), title, message);
        ButtonType close = close();
        alert.getButtonTypes().setAll(close);
        enterCloses(alert, close);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = prepare(new Alert(Alert.AlertType.CONFIRMATION), title, message);
        alert.getButtonTypes().setAll(new ButtonType(messages.get("common.yes"), ButtonType.OK.getButtonData()),
                new ButtonType(messages.get("common.no"), ButtonType.CANCEL.getButtonData()));
        return alert.showAndWait().map(b -> b.getButtonData() == ButtonType.OK.getButtonData()).orElse(false);
    }

    @Override
    public boolean confirmDestructive(String title, String message) {
        Alert alert = prepare(new Alert(Alert.AlertType.CONFIRMATION), title, message);
        ButtonType yes = new ButtonType(messages.get("common.yes"), ButtonType.OK.getButtonData());
        ButtonType no = new ButtonType(messages.get("common.no"), ButtonType.CANCEL.getButtonData());
        alert.getButtonTypes().setAll(yes, no);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        alert.getDialogPane().lookupButton(yes).setId("confirmDestructiveButton");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().map(b -> b == yes).orElse(false);
    }

    @Override
    public Optional<String> confirmDestructive(String title, String message, String reasonLabel) {
        Alert alert = prepare(new Alert(Alert.AlertType.CONFIRMATION), title, message);
        ButtonType yes = new ButtonType(messages.get("common.yes"), ButtonType.OK.getButtonData());
        ButtonType no = new ButtonType(messages.get("common.no"), ButtonType.CANCEL.getButtonData());
        alert.getButtonTypes().setAll(yes, no);
        javafx.scene.control.Label question = new javafx.scene.control.Label(message);
        question.setWrapText(true);
        javafx.scene.control.TextField reason = new javafx.scene.control.TextField();
        reason.setId("reasonField");
        javafx.scene.control.Label label = new javafx.scene.control.Label(reasonLabel);
        label.setLabelFor(reason);
        label.setWrapText(true);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(10, question, label, reason);
        content.setPrefWidth(520);
        alert.getDialogPane().setContent(content);
        javafx.scene.control.Button yesButton = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes);
        yesButton.setDefaultButton(false);
        yesButton.setId("confirmDestructiveButton");
        yesButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> reason.getText() == null || reason.getText().isBlank(), reason.textProperty()));
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        javafx.application.Platform.runLater(reason::requestFocus);
        return alert.showAndWait().filter(b -> b == yes).map(b -> reason.getText().strip());
    }

    @Override
    public <R> Optional<R> show(Dialog<R> dialog) {
        Window window = owner.get();
        if (window != null && dialog.getOwner() == null) {
            dialog.initOwner(window);
        }
        Styles.copyTo(window, dialog.getDialogPane());
        fitAndCentre(dialog, window);
        return dialog.showAndWait();
    }

    /**
     * Sizes a dialog to its content and centres it on its owner before it is shown, and centres it again once
     * shown. Left to itself, a dialog is placed from the size its pane had before the stylesheet and the pane's
     * minimum size were applied, so the first one after a start (classes, CSS and fonts not yet warmed) opened
     * off-centre, or as a small box in the corner with only part of its content laid out (issue 17).
     */
    static void fitAndCentre(Dialog<?> dialog, Window owner) {
        javafx.scene.control.DialogPane pane = dialog.getDialogPane();
        pane.applyCss();
        pane.layout();
        javafx.geometry.Rectangle2D area = screenOf(owner);
        double width = Math.min(Math.max(pane.minWidth(-1), pane.prefWidth(-1)), area.getWidth());
        double height = Math.min(Math.max(pane.minHeight(width), pane.prefHeight(width)), area.getHeight());
        if (width > 0 && height > 0) {
            dialog.setWidth(width);
            dialog.setHeight(height);
        }
        Runnable centre = () -> {
            if (owner == null || owner.getWidth() <= 0) {
                return;
            }
            double x = owner.getX() + (owner.getWidth() - dialog.getWidth()) / 2;
            double y = owner.getY() + (owner.getHeight() - dialog.getHeight()) / 2;
            dialog.setX(Math.max(area.getMinX(), Math.min(x, area.getMaxX() - dialog.getWidth())));
            dialog.setY(Math.max(area.getMinY(), Math.min(y, area.getMaxY() - dialog.getHeight())));
        };
        centre.run();
        if (pane.getScene() != null && pane.getScene().getWindow() != null) {
            pane.getScene().getWindow().addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> centre.run());
        }
    }

    private static javafx.geometry.Rectangle2D screenOf(Window owner) {
        if (owner != null) {
            var screens = javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(),
                    Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return javafx.stage.Screen.getPrimary().getVisualBounds();
    }

    private Alert prepare(Alert alert, String title, String message) {
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (message.length() > 300) {
            TextArea area = new TextArea(message);
            area.setEditable(false);
            area.setWrapText(true);
            // as many lines as the text needs (up to 18), not JavaFX's two-line box (a restore preview was cut)
            int lines = 0;
            for (String line : message.split("\n", -1)) {
                lines += 1 + line.length() / 70;
            }
            area.setPrefColumnCount(60);
            area.setPrefRowCount(Math.min(18, Math.max(4, lines)));
            alert.getDialogPane().setContent(area);
        } else {
            alert.setContentText(message);
        }
        Styles.copyTo(window, alert.getDialogPane());
        return alert;
    }
}
