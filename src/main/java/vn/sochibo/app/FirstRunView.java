package vn.sochibo.app;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;

import vn.sochibo.branch.BranchKind;
import vn.sochibo.branch.BranchProfileForm;

/** Code-behind of the first-run step. */
public final class FirstRunView {

    private final FirstRunViewModel viewModel;
    private Runnable onFinished = () -> { };

    @FXML private TextField branchNameField;
    @FXML private TextField upperBodyField;
    @FXML private TextField placeNameField;
    @FXML private TextField termField;
    @FXML private ToggleGroup kindGroup;
    @FXML private RadioButton kindChiBoRadio;
    @FXML private RadioButton kindDangBoRadio;
    @FXML private CheckBox loadSampleCheck;
    @FXML private Label errorsLabel;
    @FXML private Button startButton;

    public FirstRunView(FirstRunViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** What to do once the profile is saved (the app shows the main window). */
    public void onFinished(Runnable action) {
        this.onFinished = action;
    }

    @FXML
    private void initialize() {
        BranchProfileForm form = viewModel.form();
        branchNameField.textProperty().bindBidirectional(form.branchNameProperty());
        upperBodyField.textProperty().bindBidirectional(form.upperBodyProperty());
        placeNameField.textProperty().bindBidirectional(form.placeNameProperty());
        termField.textProperty().bindBidirectional(form.termProperty());
        kindChiBoRadio.setUserData(BranchKind.CHI_BO);
        kindDangBoRadio.setUserData(BranchKind.DANG_BO_CO_SO);
        kindGroup.selectToggle(form.kindProperty().get() == BranchKind.DANG_BO_CO_SO ? kindDangBoRadio : kindChiBoRadio);
        kindGroup.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n != null) {
                form.kindProperty().set((BranchKind) n.getUserData());
            }
        });
        loadSampleCheck.selectedProperty().bindBidirectional(viewModel.loadSampleProperty());
        errorsLabel.textProperty().bind(form.errorsProperty());
        startButton.disableProperty().bind(viewModel.busyProperty());
    }

    @FXML
    private void onStart() {
        viewModel.finish(onFinished);
    }
}
