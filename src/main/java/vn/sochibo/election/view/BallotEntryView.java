package vn.sochibo.election.view;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseEvent;

import vn.sochibo.common.Messages;
import vn.sochibo.election.Disagreement;

/** Code-behind of the ballot entry tab. */
public final class BallotEntryView {

    private final BallotEntryViewModel model;
    private final Messages messages;

    @FXML private TextField issuedField;
    @FXML private CheckBox totalsOnlyCheck;
    @FXML private Label roundLabel;
    @FXML private ToggleGroup entryGroup;
    @FXML private RadioButton entry1Radio;
    @FXML private RadioButton entry2Radio;
    @FXML private Label sequenceLabel;
    @FXML private TextField entryField;
    @FXML private Label hintLabel;
    @FXML private Label feedbackLabel;
    @FXML private Label comparisonLabel;
    @FXML private ListView<Disagreement> disagreementList;
    @FXML private TextField closingCollectedField;
    @FXML private TextField closingRecordField;
    @FXML private TextField endedAtField;
    @FXML private TextField shortfallField;
    @FXML private Button countButton;
    @FXML private TextField collectedField;
    @FXML private TextField validField;
    @FXML private TextField invalidField;
    @FXML private TextField reasonsField;
    @FXML private TextField votesField;
    @FXML private Label listLabel;

    /** Wires the view to its view model. */
    public BallotEntryView(BallotEntryViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        roundLabel.textProperty().bind(model.roundTextProperty());
        listLabel.textProperty().bind(model.listTextProperty());
        hintLabel.textProperty().bind(model.hintProperty());
        feedbackLabel.textProperty().bind(model.feedbackProperty());
        entry1Radio.setUserData(1);
        entry2Radio.setUserData(2);
        entryGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectEntry((Integer) now.getUserData());
            }
        });
        sequenceLabel.textProperty().bind(model.sequenceProperty().asString(messages.get("election.ui.sequence")));
        model.bindEntryText(entryField.textProperty());
        entryField.setOnAction(event -> model.enter());
        disagreementList.setItems(model.disagreementsProperty());
        comparisonLabel.textProperty().bind(model.comparisonTextProperty());
        model.bindClosing(closingCollectedField.textProperty(), closingRecordField.textProperty(),
                endedAtField.textProperty(), shortfallField.textProperty());
        disagreementList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Disagreement item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("election.ui.disagreement", item.sequence(),
                        shown(item.entry1()), shown(item.entry2())));
            }
        });
        disagreementList.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getClickCount() == 2) {
                onFix();
            }
        });
        countButton.disableProperty().bind(model.countedProperty());
    }

    private String shown(String typed) {
        return typed == null ? messages.get("election.ui.missing") : typed.isEmpty() ? "0" : typed;
    }

    @FXML
    private void onOpenRound() {
        model.openRound(issuedField.getText(), totalsOnlyCheck.isSelected());
    }

    @FXML
    private void onPrintBallots() {
        model.exportBallotPaper();
    }

    @FXML
    private void onEnter() {
        model.enter();
    }

    @FXML
    private void onFix() {
        Disagreement selected = disagreementList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.goTo(selected.sequence());
            entryField.requestFocus();
        }
    }

    @FXML
    private void onCount() {
        model.count();
    }

    @FXML
    private void onEnterTotals() {
        model.enterTotals(new BallotEntryViewModel.TotalsForm(collectedField.getText(), validField.getText(),
                invalidField.getText(), reasonsField.getText(), votesField.getText()));
    }
}
