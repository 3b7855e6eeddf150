package vn.sochibo.member;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import vn.sochibo.common.Messages;

/** Code-behind of the "record a status change" form. */
public final class MemberEventView {

    private final MemberEventViewModel viewModel;
    private final Messages messages;

    @FXML private Label headingLabel;
    @FXML private ComboBox<MemberEventType> typeBox;
    @FXML private TextField dateField;
    @FXML private Label endDateLabel;
    @FXML private TextField endDateField;
    @FXML private TextField documentRefField;
    @FXML private TextArea noteArea;
    @FXML private Label placeLabel;
    @FXML private TextField placeField;
    @FXML private Label errorsLabel;
    @FXML private Label warningsLabel;
    @FXML private Label reasonLabel;
    @FXML private TextField reasonField;

    public MemberEventView(MemberEventViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public MemberEventViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        headingLabel.textProperty().bind(viewModel.headingProperty());
        typeBox.setItems(viewModel.types());
        typeBox.setConverter(MemberEditorView.enumConverter(messages));
        typeBox.valueProperty().bindBidirectional(viewModel.typeProperty());
        dateField.textProperty().bindBidirectional(viewModel.dateProperty());
        endDateField.textProperty().bindBidirectional(viewModel.endDateProperty());
        endDateField.disableProperty().bind(viewModel.periodAllowedProperty().not());
        endDateLabel.disableProperty().bind(viewModel.periodAllowedProperty().not());
        documentRefField.textProperty().bindBidirectional(viewModel.documentRefProperty());
        noteArea.textProperty().bindBidirectional(viewModel.noteProperty());
        placeField.textProperty().bindBidirectional(viewModel.placeProperty());
        placeLabel.textProperty().bind(viewModel.placeLabelProperty());
        for (javafx.scene.Node n : new javafx.scene.Node[] {placeLabel, placeField}) {
            n.visibleProperty().bind(viewModel.placeAllowedProperty());
            n.managedProperty().bind(viewModel.placeAllowedProperty());
        }
        errorsLabel.textProperty().bind(viewModel.errorsProperty());
        warningsLabel.textProperty().bind(viewModel.warningsProperty());
        typeBox.disableProperty().bind(viewModel.amendingProperty());
        reasonField.textProperty().bindBidirectional(viewModel.reasonProperty());
        for (javafx.scene.Node n : new javafx.scene.Node[] {reasonLabel, reasonField}) {
            n.visibleProperty().bind(viewModel.amendingProperty());
            n.managedProperty().bind(viewModel.amendingProperty());
        }
        vn.sochibo.ui.Suggestions.offer(placeField, viewModel.knownPlaces());
    }
}
