package vn.sochibo.election.view;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.election.Congress;
import vn.sochibo.ui.Controls;

/**
 * Code-behind of the "Đại hội &amp; bầu cử" screen's frame: the congress chooser, the form that sets up a congress
 * and the status line. Each tab is its own view, included by the FXML ({@code fx:include}).
 */
public final class ElectionsView {

    private final ElectionsViewModel model;
    private final Messages messages;

    @FXML private ComboBox<Congress> congressBox;
    @FXML private TitledPane newCongressPane;
    @FXML private TextField termField;
    @FXML private TextField dateField;
    @FXML private TextField placeField;
    @FXML private TextField recordNumberField;
    @FXML private TextField boardHeadField;
    @FXML private TextField boardMembersField;
    @FXML private Label errorLabel;
    @FXML private Label messageLabel;

    /** Wires the view to its view model. */
    public ElectionsView(ElectionsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        congressBox.setItems(model.congressesProperty());
        congressBox.setConverter(Controls.converter(c -> messages.get("election.ui.congressItem", c.term(),
                Formats.date(c.heldOn()), c.place())));
        Controls.choice(congressBox, model.congressProperty(), model::select);
        model.congressProperty().addListener((obs, old, now) -> newCongressPane.setExpanded(now == null));
        errorLabel.textProperty().bind(model.errorProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        for (Label label : new Label[] {errorLabel, messageLabel}) {
            label.managedProperty().bind(label.textProperty().isNotEmpty());
            label.visibleProperty().bind(label.managedProperty());
        }
        model.load();
    }

    @FXML
    private void onCreateCongress() {
        model.createCongress(new ElectionsViewModel.CongressForm(termField.getText(), dateField.getText(),
                placeField.getText(), recordNumberField.getText(), boardHeadField.getText(),
                boardMembersField.getText()));
    }
}
