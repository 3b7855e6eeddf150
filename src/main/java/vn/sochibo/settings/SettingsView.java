package vn.sochibo.settings;

import java.util.function.Consumer;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;

import vn.sochibo.branch.BranchKind;
import vn.sochibo.branch.BranchProfileForm;
import vn.sochibo.common.Messages;
import vn.sochibo.ui.TextSize;

/** Code-behind of the settings page. */
public final class SettingsView {

    private final SettingsViewModel viewModel;
    private final Messages messages;
    private final Consumer<String> openFolder;

    @FXML private ComboBox<SettingsViewModel.Language> languageBox;
    @FXML private ComboBox<TextSize> textSizeBox;
    @FXML private TextField branchNameField;
    @FXML private TextField upperBodyField;
    @FXML private TextField placeNameField;
    @FXML private TextField termField;
    @FXML private ToggleGroup kindGroup;
    @FXML private RadioButton kindChiBoRadio;
    @FXML private RadioButton kindDangBoRadio;
    @FXML private Label profileErrorsLabel;
    @FXML private Label profileMessageLabel;
    @FXML private Label aboutLabel;

    public SettingsView(SettingsViewModel viewModel, Messages messages, Consumer<String> openFolder) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.openFolder = openFolder;
    }

    @FXML
    private void initialize() {
        languageBox.getItems().setAll(SettingsViewModel.Language.values());
        languageBox.setConverter(vn.sochibo.ui.Controls.converter(l -> messages.get("settings.language." + l.name().toLowerCase())));
        languageBox.valueProperty().bindBidirectional(viewModel.languageProperty());
        textSizeBox.getItems().setAll(TextSize.values());
        textSizeBox.setConverter(vn.sochibo.ui.Controls.converter(messages::label));
        textSizeBox.valueProperty().bindBidirectional(viewModel.textSizeProperty());
        BranchProfileForm form = viewModel.form();
        branchNameField.textProperty().bindBidirectional(form.branchNameProperty());
        upperBodyField.textProperty().bindBidirectional(form.upperBodyProperty());
        placeNameField.textProperty().bindBidirectional(form.placeNameProperty());
        termField.textProperty().bindBidirectional(form.termProperty());
        kindChiBoRadio.setUserData(BranchKind.CHI_BO);
        kindDangBoRadio.setUserData(BranchKind.DANG_BO_CO_SO);
        // the stored kind is shown selected from the start (a listener alone missed a stored "Chi bộ", the default)
        java.util.function.Consumer<BranchKind> showKind = k -> kindGroup.selectToggle(
                k == null ? null : k == BranchKind.DANG_BO_CO_SO ? kindDangBoRadio : kindChiBoRadio);
        showKind.accept(form.kindProperty().get());
        form.kindProperty().addListener((obs, o, n) -> showKind.accept(n));
        kindGroup.selectedToggleProperty().addListener((obs, o, n) -> {
            form.kindProperty().set(n == null ? null : (BranchKind) n.getUserData());
        });
        profileErrorsLabel.textProperty().bind(form.errorsProperty());
        profileMessageLabel.textProperty().bind(viewModel.messageProperty());
        aboutLabel.setText(viewModel.aboutText());
        viewModel.load();
    }

    @FXML
    private void onApplyDisplay() {
        viewModel.applyDisplay();
    }

    @FXML
    private void onSaveProfile() {
        viewModel.saveProfile();
    }

    @FXML
    private void onOpenDataFolder() {
        openFolder.accept(viewModel.dataFolder());
    }
}
