package vn.sochibo.ui;

import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import vn.sochibo.common.Messages;

/**
 * The recovery code as the clerk sees it once, at set-up: large, selectable, with "Copy" and "Print". Shared by
 * the first start and the settings page.
 */
public final class RecoveryCodeCard {

    private RecoveryCodeCard() {
    }

    /** A card showing {@code code} with the instructions for keeping it. */
    public static VBox of(String code, String branchName, Messages messages) {
        Label explain = new Label(messages.get("security.code.explain"));
        explain.setWrapText(true);
        TextField field = new TextField(code);
        field.setId("shownRecoveryCode");
        field.setEditable(false);
        field.getStyleClass().add("recovery-code");
        field.setPrefColumnCount(code.length());
        Button copy = new Button(messages.get("security.code.copy"), new FontIcon("mdi2c-content-copy"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(code);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        Button print = new Button(messages.get("security.code.print"), new FontIcon("mdi2p-printer"));
        print.setOnAction(e -> print(code, branchName, messages, print));
        VBox card = new VBox(12, explain, field, new HBox(10, copy, print));
        card.getStyleClass().add("recovery-card");
        return card;
    }

    /** Prints one page with the code and what it is for; nothing happens when no printer is set up. */
    private static void print(String code, String branchName, Messages messages, Button owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            new FxDialogs(() -> owner.getScene().getWindow(), messages)
                    .error(messages.get("security.code.print"), messages.get("security.code.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(owner.getScene().getWindow())) {
            return;
        }
        Label title = new Label(messages.get("security.code.printTitle"));
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        Label branch = new Label(branchName == null ? "" : branchName);
        Label value = new Label(code);
        value.setStyle("-fx-font-family: monospace; -fx-font-size: 22px; -fx-font-weight: bold;");
        Label explain = new Label(messages.get("security.code.printText"));
        explain.setWrapText(true);
        explain.setMaxWidth(440);
        VBox page = new VBox(16, title, branch, value, explain);
        page.setStyle("-fx-padding: 24; -fx-background-color: white;");
        if (job.printPage(page)) {
            job.endJob();
        }
    }
}
