package vn.sochibo.app;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import vn.sochibo.common.Messages;
import vn.sochibo.ui.Dialogs;
import vn.sochibo.ui.RecoveryCodeCard;

/** Code-behind of the password step before the database opens. */
public final class LockView {

    private final LockViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;

    @FXML private VBox choosePane;
    @FXML private VBox codePane;
    @FXML private VBox unlockPane;
    @FXML private VBox recoverPane;
    @FXML private VBox codeBox;
    @FXML private PasswordField choosePasswordField;
    @FXML private PasswordField chooseRepeatField;
    @FXML private PasswordField unlockField;
    @FXML private TextField recoveryCodeField;
    @FXML private PasswordField recoverPasswordField;
    @FXML private PasswordField recoverRepeatField;
    @FXML private CheckBox codeWrittenCheck;
    @FXML private Button setPasswordButton;
    @FXML private Button noPasswordButton;
    @FXML private Button continueButton;
    @FXML private Button unlockButton;
    @FXML private Button recoverButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label errorLabel;

    public LockView(LockViewModel viewModel, Messages messages, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        choosePasswordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        chooseRepeatField.textProperty().bindBidirectional(viewModel.repeatProperty());
        unlockField.textProperty().bindBidirectional(viewModel.passwordProperty());
        recoverPasswordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        recoverRepeatField.textProperty().bindBidirectional(viewModel.repeatProperty());
        recoveryCodeField.textProperty().bindBidirectional(viewModel.recoveryCodeProperty());
        codeWrittenCheck.selectedProperty().bindBidirectional(viewModel.codeWrittenProperty());
        continueButton.disableProperty().bind(viewModel.codeWrittenProperty().not());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        busyIndicator.managedProperty().bind(viewModel.busyProperty()); // no empty gap before the message
        for (Button b : new Button[] {setPasswordButton, noPasswordButton, unlockButton, recoverButton}) {
            b.disableProperty().bind(viewModel.busyProperty());
        }
        viewModel.shownCodeProperty().addListener((obs, old, code) -> codeBox.getChildren().setAll(
                code.isEmpty() ? java.util.List.of() : java.util.List.of(RecoveryCodeCard.of(code, null, messages))));
        viewModel.modeProperty().addListener((obs, old, mode) -> show(mode));
        show(viewModel.modeProperty().get());
    }

    private void show(LockViewModel.Mode mode) {
        show(choosePane, mode == LockViewModel.Mode.CHOOSE);
        show(codePane, mode == LockViewModel.Mode.SHOW_CODE);
        show(unlockPane, mode == LockViewModel.Mode.UNLOCK);
        show(recoverPane, mode == LockViewModel.Mode.RECOVER);
        // one default button at a time, or Enter goes to a hidden one
        setPasswordButton.setDefaultButton(mode == LockViewModel.Mode.CHOOSE);
        continueButton.setDefaultButton(mode == LockViewModel.Mode.SHOW_CODE);
        unlockButton.setDefaultButton(mode == LockViewModel.Mode.UNLOCK);
        recoverButton.setDefaultButton(mode == LockViewModel.Mode.RECOVER);
        Node focus = switch (mode) {
            case CHOOSE -> choosePasswordField;
            case SHOW_CODE -> codeWrittenCheck;
            case UNLOCK -> unlockField;
            case RECOVER -> recoveryCodeField;
        };
        javafx.application.Platform.runLater(focus::requestFocus);
    }

    private static void show(Node pane, boolean visible) {
        pane.setVisible(visible);
        pane.setManaged(visible);
    }

    @FXML
    private void onSetPassword() {
        viewModel.setPassword();
    }

    @FXML
    private void onNoPassword() {
        if (dialogs.confirm(messages.get("security.choose.none"), messages.get("security.choose.noneConfirm"))) {
            viewModel.noPassword();
        }
    }

    @FXML
    private void onContinue() {
        viewModel.continueAfterCode();
    }

    @FXML
    private void onUnlock() {
        viewModel.unlock();
    }

    @FXML
    private void onForgot() {
        viewModel.showRecovery();
    }

    @FXML
    private void onRecover() {
        viewModel.recover();
    }

    @FXML
    private void onBack() {
        viewModel.backToUnlock();
    }
}
