package vn.sochibo.settings;

import java.nio.file.Path;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.storage.Backups;
import vn.sochibo.ui.Dialogs;
import vn.sochibo.ui.FileDialogs;
import vn.sochibo.ui.FileKind;
import vn.sochibo.ui.RecoveryCodeCard;

/** Code-behind of "Mật khẩu và sao lưu" in Settings. */
public final class DataSafetyView {

    private final DataSafetyViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    private final FileDialogs files;

    @FXML private VBox root;
    @FXML private Label statusLabel;
    @FXML private Label oldPasswordLabel;
    @FXML private PasswordField oldPasswordField;
    @FXML private PasswordField newPasswordField;
    @FXML private PasswordField repeatField;
    @FXML private Button changePasswordButton;
    @FXML private Button setPasswordButton;
    @FXML private Button backupNowButton;
    @FXML private Button restoreFileButton;
    @FXML private Button restoreSelectedButton;
    @FXML private Button deleteSelectedButton;
    @FXML private TableView<DataSafetyViewModel.BackupRow> backupTable;
    @FXML private TableColumn<DataSafetyViewModel.BackupRow, String> createdColumn;
    @FXML private TableColumn<DataSafetyViewModel.BackupRow, String> reasonColumn;
    @FXML private TableColumn<DataSafetyViewModel.BackupRow, String> branchColumn;
    @FXML private TableColumn<DataSafetyViewModel.BackupRow, Number> membersColumn;
    @FXML private TableColumn<DataSafetyViewModel.BackupRow, String> encryptedColumn;
    @FXML private Spinner<Integer> keepSpinner;
    @FXML private Label messageLabel;
    @FXML private Label errorLabel;

    public DataSafetyView(DataSafetyViewModel viewModel, Messages messages, Dialogs dialogs, FileDialogs files) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.files = files;
    }

    @FXML
    private void initialize() {
        boolean available = viewModel.availableProperty().get();
        root.setVisible(available);
        root.setManaged(available);
        boolean encrypted = viewModel.encryptedProperty().get();
        statusLabel.setText(viewModel.statusText());
        statusLabel.getStyleClass().add(encrypted ? "success-text" : "warning-text");
        for (Node n : new Node[] {oldPasswordLabel, oldPasswordField, changePasswordButton}) {
            n.setVisible(encrypted);
            n.setManaged(encrypted);
        }
        setPasswordButton.setVisible(!encrypted);
        setPasswordButton.setManaged(!encrypted);
        oldPasswordField.textProperty().bindBidirectional(viewModel.oldPasswordProperty());
        newPasswordField.textProperty().bindBidirectional(viewModel.newPasswordProperty());
        repeatField.textProperty().bindBidirectional(viewModel.repeatProperty());
        for (Button b : new Button[] {changePasswordButton, setPasswordButton, backupNowButton, restoreFileButton}) {
            b.disableProperty().bind(viewModel.busyProperty());
        }
        restoreSelectedButton.disableProperty().bind(viewModel.busyProperty()
                .or(backupTable.getSelectionModel().selectedItemProperty().isNull()));
        deleteSelectedButton.disableProperty().bind(restoreSelectedButton.disableProperty());
        backupTable.setItems(viewModel.backups());
        createdColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Formats.date(c.getValue().created().toLocalDate())
                + " " + c.getValue().created().toLocalTime().withNano(0)));
        reasonColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(viewModel.reasonLabel(c.getValue().reason())));
        branchColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().branch()));
        membersColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().members()));
        encryptedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                messages.get(c.getValue().encrypted() ? "safety.encrypted.yes" : "safety.encrypted.no")));
        SpinnerValueFactory.IntegerSpinnerValueFactory keep = new SpinnerValueFactory.IntegerSpinnerValueFactory(2, 100);
        keep.valueProperty().bindBidirectional(viewModel.keepProperty().asObject());
        keepSpinner.setValueFactory(keep);
        messageLabel.textProperty().bind(viewModel.messageProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        viewModel.load();
    }

    @FXML
    private void onChangePassword() {
        viewModel.changePassword();
    }

    @FXML
    private void onSetPassword() {
        if (viewModel.newPasswordAcceptable()
                && dialogs.confirm(messages.get("safety.password.set"), messages.get("safety.password.setConfirm"))) {
            viewModel.setPassword(this::showRecoveryCode);
        }
    }

    @FXML
    private void onBackupNow() {
        files.chooseFolder(messages.get("safety.backup.chooseFolder")).ifPresent(viewModel::backupNow);
    }

    @FXML
    private void onRestoreFromFile() {
        files.open(messages.get("safety.restore.chooseFile"), FileKind.BACKUP).ifPresent(this::restore);
    }

    @FXML
    private void onRestoreSelected() {
        DataSafetyViewModel.BackupRow row = backupTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            restore(row.file());
        }
    }

    /** Deletes the chosen backup after a confirmation that names it (the automatic ones are kept until then). */
    @FXML
    private void onDeleteSelected() {
        DataSafetyViewModel.BackupRow row = backupTable.getSelectionModel().getSelectedItem();
        if (row != null && dialogs.confirmDestructive(messages.get("safety.backup.delete"), viewModel.describeDeletion(row))) {
            viewModel.delete(row);
        }
    }

    @FXML
    private void onSaveKeep() {
        keepSpinner.increment(0); // commit a typed value
        viewModel.saveKeep();
    }

    /** Preview (branch, date, counts), then confirmation, then (for another computer's backup) its password. */
    private void restore(Path file) {
        viewModel.preview(file, info -> {
            if (!dialogs.confirmDestructive(messages.get("safety.restore.title"), viewModel.describe(info))) {
                return;
            }
            String secret = null;
            if (viewModel.needsPassword(info)) {
                Optional<String> typed = askPassword();
                if (typed.isEmpty()) {
                    return;
                }
                secret = typed.get();
            }
            viewModel.restore(file, secret);
        });
    }

    private Optional<String> askPassword() {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(messages.get("safety.restore.title"));
        dialog.setHeaderText(messages.get("safety.restore.password"));
        PasswordField field = new PasswordField();
        field.setId("backupPasswordField");
        dialog.getDialogPane().setContent(field);
        ButtonType restore = new ButtonType(messages.get("safety.restore.title"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, cancel);
        dialog.setResultConverter(b -> b == restore ? field.getText() : null);
        dialog.setOnShown(e -> field.requestFocus());
        return dialogs.show(dialog);
    }

    private void showRecoveryCode(String code) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("security.code.title"));
        CheckBox written = new CheckBox(messages.get("security.code.written"));
        written.setWrapText(true);
        VBox content = new VBox(14, RecoveryCodeCard.of(code, null, messages), written);
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);
        dialog.setHeaderText(messages.get("security.code.title"));
        ButtonType done = new ButtonType(messages.get("security.code.continue"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().add(done);
        dialog.getDialogPane().lookupButton(done).disableProperty().bind(written.selectedProperty().not());
        dialogs.show(dialog);
    }
}
