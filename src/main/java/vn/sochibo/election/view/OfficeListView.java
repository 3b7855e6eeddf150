package vn.sochibo.election.view;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import vn.sochibo.common.Messages;
import vn.sochibo.election.CongressAttendee;
import vn.sochibo.election.ElectionOffice;
import vn.sochibo.election.ListedCandidate;
import vn.sochibo.election.engine.Office;
import vn.sochibo.ui.Controls;

/** Code-behind of the offices and lists tab. */
public final class OfficeListView {

    private final OfficeListViewModel model;
    private final Messages messages;

    @FXML private ComboBox<Office> officeKindBox;
    @FXML private TextField seatsField;
    @FXML private TextField alternatesField;
    @FXML private TextField handsForField;
    @FXML private TextField handsAgainstField;
    @FXML private ComboBox<ElectionOffice> officeBox;
    @FXML private TableView<ListedCandidate> candidateTable;
    @FXML private TableColumn<ListedCandidate, String> candidateNumberColumn;
    @FXML private TableColumn<ListedCandidate, String> candidateNameColumn;
    @FXML private TableColumn<ListedCandidate, String> candidateYearsColumn;
    @FXML private TableColumn<ListedCandidate, String> candidateNoteColumn;
    @FXML private ComboBox<CongressAttendee> nomineeBox;
    @FXML private TextField floorVotesField;
    @FXML private Label listProblemsLabel;

    /** Wires the view to its view model. */
    public OfficeListView(OfficeListViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        officeKindBox.getItems().setAll(Office.values());
        officeKindBox.setConverter(Controls.converter(messages::label));
        officeBox.setItems(model.officesProperty());
        officeBox.setConverter(Controls.converter(o -> messages.get("election.ui.officeItem",
                messages.label(o.office()), o.seats(), o.alternates())));
        Controls.choice(officeBox, model.officeProperty(), model::select);
        Controls.rows(candidateTable, model.candidatesProperty());
        Controls.textColumn(candidateNumberColumn, c -> c.withdrawn() ? "" : String.valueOf(model.ballotNumber(c)));
        Controls.textColumn(candidateNameColumn, ListedCandidate::name);
        Controls.textColumn(candidateYearsColumn, c -> String.valueOf(c.partyYears()));
        Controls.textColumn(candidateNoteColumn, c -> c.withdrawn() ? messages.get("election.ui.withdrawn")
                : c.floorVotes() == null ? messages.get("election.ui.committeeNomination")
                : messages.get("election.ui.floorNomination", c.floorVotes()));
        nomineeBox.setItems(model.nomineesProperty());
        nomineeBox.setConverter(Controls.converter(CongressAttendee::name));
        // the upper level allocates the number of delegates: no show of hands for it
        var delegates = officeKindBox.valueProperty().isEqualTo(Office.DELEGATES);
        handsForField.disableProperty().bind(delegates);
        handsAgainstField.disableProperty().bind(delegates);
        listProblemsLabel.textProperty().bind(model.listProblemsProperty());
    }

    @FXML
    private void onAddOffice() {
        model.addOffice(new OfficeListViewModel.OfficeForm(officeKindBox.getValue(), seatsField.getText(),
                alternatesField.getText(), handsForField.getText(), handsAgainstField.getText()));
    }

    @FXML
    private void onNominate() {
        model.nominate(nomineeBox.getValue(), null);
    }

    @FXML
    private void onNominateFloor() {
        model.nominate(nomineeBox.getValue(), floorVotesField.getText());
    }

    @FXML
    private void onWithdraw() {
        model.withdraw(candidateTable.getSelectionModel().getSelectedItem());
    }
}
