package vn.sochibo.meeting;

import java.util.List;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

import vn.sochibo.common.Messages;
import vn.sochibo.ui.FileDialogs;
import vn.sochibo.ui.FileKind;

/** Code-behind of the minutes template box in Cài đặt. */
public final class MinutesTemplateView {

    private final MinutesTemplateViewModel viewModel;
    private final Messages messages;
    private final FileDialogs files;

    @FXML private Label templateStateLabel;
    @FXML private Label templateMessageLabel;
    @FXML private Label templateProblemLabel;
    @FXML private Button exportTemplateButton;
    @FXML private Button installTemplateButton;
    @FXML private Button resetTemplateButton;

    public MinutesTemplateView(MinutesTemplateViewModel viewModel, Messages messages, FileDialogs files) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.files = files;
    }

    @FXML
    private void initialize() {
        templateStateLabel.textProperty().bind(viewModel.stateProperty());
        templateMessageLabel.textProperty().bind(viewModel.messageProperty());
        templateProblemLabel.textProperty().bind(viewModel.problemProperty());
        resetTemplateButton.disableProperty().bind(viewModel.ownTemplateProperty().not());
        for (Label label : List.of(templateMessageLabel, templateProblemLabel)) {
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        }
        viewModel.refresh();
    }

    @FXML
    private void onExportTemplate() {
        files.save(messages.get("meeting.template.export.title"), FileKind.DOCUMENT, "mau-bien-ban.docx")
                .ifPresent(viewModel::exportBuiltIn);
    }

    @FXML
    private void onInstallTemplate() {
        files.open(messages.get("meeting.template.install.title"), FileKind.DOCUMENT).ifPresent(viewModel::install);
    }

    @FXML
    private void onResetTemplate() {
        viewModel.reset();
    }
}
