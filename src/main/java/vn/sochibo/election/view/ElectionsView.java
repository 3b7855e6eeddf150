package vn.sochibo.election.view;

import vn.sochibo.election.Attendance;
import vn.sochibo.election.Congress;
import vn.sochibo.election.CongressAttendee;
import vn.sochibo.election.Disagreement;
import vn.sochibo.election.ElectionOffice;
import vn.sochibo.election.ListedCandidate;
import vn.sochibo.election.RoundInfo;
import vn.sochibo.election.engine.Attendee;
import vn.sochibo.election.engine.CandidateResult;
import vn.sochibo.election.TallyText;
import vn.sochibo.election.engine.Office;
import vn.sochibo.election.engine.Round;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseEvent;
import javafx.util.StringConverter;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;

/** Code-behind of the "Đại hội &amp; bầu cử" screen: binds the two view models to the controls. */
public final class ElectionsView {

    private final CongressViewModel congress;
    private final BallotEntryViewModel ballots;
    private final Messages messages;

    @FXML private ComboBox<Congress> congressBox;
    @FXML private TextField termField;
    @FXML private TextField dateField;
    @FXML private TextField placeField;
    @FXML private TextField recordNumberField;
    @FXML private TextField boardHeadField;
    @FXML private TextField boardMembersField;
    @FXML private javafx.scene.control.TitledPane newCongressPane;
    @FXML private Label errorLabel;
    @FXML private Label comparisonLabel;
    @FXML private TextField closingCollectedField;
    @FXML private TextField closingRecordField;
    @FXML private TextField endedAtField;
    @FXML private TextField shortfallField;
    @FXML private Label messageLabel;
    @FXML private TableView<CongressAttendee> rollTable;
    @FXML private TableColumn<CongressAttendee, String> rollNameColumn;
    @FXML private TableColumn<CongressAttendee, String> rollStandingColumn;
    @FXML private TableColumn<CongressAttendee, String> rollAttendanceColumn;
    @FXML private ComboBox<Attendance> attendanceBox;
    @FXML private Label baseLabel;
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
    @FXML private ListView<Disagreement> disagreementList;
    @FXML private Button countButton;
    @FXML private TextField collectedField;
    @FXML private TextField validField;
    @FXML private TextField invalidField;
    @FXML private TextField reasonsField;
    @FXML private TextField votesField;
    @FXML private Label listLabel;
    @FXML private ComboBox<RoundInfo> roundBox;
    @FXML private TableView<CandidateResult> resultTable;
    @FXML private TableColumn<CandidateResult, String> resultNameColumn;
    @FXML private TableColumn<CandidateResult, String> resultVotesColumn;
    @FXML private TableColumn<CandidateResult, String> resultBaseColumn;
    @FXML private TableColumn<CandidateResult, String> resultValidColumn;
    @FXML private TableColumn<CandidateResult, String> resultOutcomeColumn;
    @FXML private Label resultLabel;
    @FXML private Button voteAgainButton;
    @FXML private Button stopButton;
    @FXML private Button exportRecordButton;
    @FXML private Button exportTallyButton;
    @FXML private Button exportLogButton;

    /** Wires the view to its view models. */
    public ElectionsView(CongressViewModel congress, BallotEntryViewModel ballots, Messages messages) {
        this.congress = congress;
        this.ballots = ballots;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        congressBox.setItems(congress.congressList());
        congressBox.setConverter(converter(c -> messages.get("election.ui.congressItem", c.term(),
                Formats.date(c.heldOn()), c.place())));
        congressBox.valueProperty().bindBidirectional(congress.congressProperty());
        congress.congressProperty().addListener((obs, old, now) -> newCongressPane.setExpanded(now == null));
        termField.textProperty().bindBidirectional(congress.termProperty());
        dateField.textProperty().bindBidirectional(congress.dateProperty());
        placeField.textProperty().bindBidirectional(congress.placeProperty());
        recordNumberField.textProperty().bindBidirectional(congress.recordNumberProperty());
        boardHeadField.textProperty().bindBidirectional(congress.boardHeadProperty());
        boardMembersField.textProperty().bindBidirectional(congress.boardMembersProperty());
        errorLabel.textProperty().bind(congress.errorProperty().concat(ballots.errorProperty()));
        messageLabel.textProperty().bind(ballots.messageProperty());
        for (Label label : new Label[] {errorLabel, messageLabel}) {
            label.managedProperty().bind(label.textProperty().isNotEmpty());
            label.visibleProperty().bind(label.managedProperty());
        }

        rollTable.setItems(congress.roll());
        column(rollNameColumn, CongressAttendee::name);
        column(rollStandingColumn, a -> messages.label(a.standing())
                + (a.situation() == Attendee.Situation.ACTIVE ? "" : " · " + messages.label(a.situation())));
        column(rollAttendanceColumn, a -> messages.label(a.attendance()));
        attendanceBox.getItems().setAll(Attendance.values());
        attendanceBox.setConverter(converter(messages::label));
        baseLabel.textProperty().bind(congress.baseTextProperty());

        officeKindBox.getItems().setAll(Office.values());
        officeKindBox.setConverter(converter(messages::label));
        officeBox.setItems(congress.offices());
        officeBox.setConverter(converter(o -> messages.get("election.ui.officeItem", messages.label(o.office()),
                o.seats(), o.alternates())));
        officeBox.valueProperty().bindBidirectional(congress.officeProperty());
        ballots.officeProperty().bind(congress.officeProperty());
        candidateTable.setItems(congress.candidates());
        column(candidateNumberColumn, c -> c.withdrawn() ? "" : String.valueOf(activeNumber(c)));
        column(candidateNameColumn, ListedCandidate::name);
        column(candidateYearsColumn, c -> String.valueOf(c.partyYears()));
        column(candidateNoteColumn, c -> c.withdrawn() ? messages.get("election.ui.withdrawn")
                : c.floorVotes() == null ? messages.get("election.ui.committeeNomination")
                : messages.get("election.ui.floorNomination", c.floorVotes()));
        nomineeBox.setItems(congress.nominees());
        // the upper level allocates the number of delegates: no show of hands for it
        var delegates = officeKindBox.valueProperty().isEqualTo(Office.DELEGATES);
        handsForField.disableProperty().bind(delegates);
        handsAgainstField.disableProperty().bind(delegates);
        nomineeBox.setConverter(converter(CongressAttendee::name));
        listProblemsLabel.textProperty().bind(congress.listProblemsProperty());

        roundLabel.textProperty().bind(ballots.roundTextProperty());
        listLabel.textProperty().bind(ballots.listTextProperty());
        hintLabel.textProperty().bind(ballots.hintProperty());
        feedbackLabel.textProperty().bind(ballots.feedbackProperty());
        entry1Radio.setUserData(1);
        entry2Radio.setUserData(2);
        entryGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                ballots.entryNoProperty().set((Integer) now.getUserData());
            }
        });
        sequenceLabel.textProperty().bind(ballots.sequenceProperty().asString(messages.get("election.ui.sequence")));
        entryField.textProperty().bindBidirectional(ballots.entryTextProperty());
        entryField.setOnAction(event -> ballots.enter());
        disagreementList.setItems(ballots.disagreements());
        comparisonLabel.textProperty().bind(ballots.comparisonTextProperty());
        closingCollectedField.textProperty().bindBidirectional(ballots.collectedProperty());
        closingRecordField.textProperty().bindBidirectional(ballots.recordNumberProperty());
        endedAtField.textProperty().bindBidirectional(ballots.endedAtProperty());
        shortfallField.textProperty().bindBidirectional(ballots.shortfallNoteProperty());
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

        roundBox.setItems(ballots.rounds());
        roundBox.setConverter(converter(r -> messages.get("election.ui.roundItem", r.number(),
                messages.label(r.kind()))));
        roundBox.valueProperty().bindBidirectional(ballots.shownRoundProperty());
        resultTable.setItems(ballots.resultRows());
        column(resultNameColumn, CandidateResult::name);
        column(resultVotesColumn, r -> String.valueOf(r.votes()));
        TallyText text = new TallyText(messages);
        column(resultBaseColumn, r -> text.percent(r.percentOfBase()));
        column(resultValidColumn, r -> text.percent(r.percentOfValid()));
        column(resultOutcomeColumn, text::outcome);
        resultLabel.textProperty().bind(ballots.resultTextProperty());
        voteAgainButton.disableProperty().bind(ballots.canDecideProperty().not());
        stopButton.disableProperty().bind(ballots.canDecideProperty().not());
        exportRecordButton.disableProperty().bind(ballots.shownCountedProperty().not());
        exportTallyButton.disableProperty().bind(ballots.shownCountedProperty().not());
        exportLogButton.disableProperty().bind(ballots.shownCountedProperty().not());
        countButton.disableProperty().bind(ballots.countedProperty());
        congress.load();
    }

    private String shown(String typed) {
        return typed == null ? messages.get("election.ui.missing") : typed.isEmpty() ? "0" : typed;
    }

    private int activeNumber(ListedCandidate candidate) {
        return (int) congress.candidates().stream().filter(c -> !c.withdrawn())
                .takeWhile(c -> c.id() != candidate.id()).count() + 1;
    }

    @FXML
    private void onCreateCongress() {
        congress.createCongress();
    }

    @FXML
    private void onSetAttendance() {
        congress.setAttendance(rollTable.getSelectionModel().getSelectedItem(), attendanceBox.getValue());
    }

    @FXML
    private void onAddOffice() {
        congress.addOffice(officeKindBox.getValue(), seatsField.getText(), alternatesField.getText(),
                handsForField.getText(), handsAgainstField.getText());
    }

    @FXML
    private void onNominate() {
        congress.nominate(nomineeBox.getValue(), null);
    }

    @FXML
    private void onNominateFloor() {
        congress.nominate(nomineeBox.getValue(), floorVotesField.getText());
    }

    @FXML
    private void onWithdraw() {
        congress.withdraw(candidateTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onOpenRound() {
        ballots.openRound(issuedField.getText(), totalsOnlyCheck.isSelected());
    }

    @FXML
    private void onEnter() {
        ballots.enter();
    }

    @FXML
    private void onFix() {
        Disagreement selected = disagreementList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            ballots.goTo(selected.sequence());
            entryField.requestFocus();
        }
    }

    @FXML
    private void onCount() {
        ballots.count();
    }

    @FXML
    private void onEnterTotals() {
        ballots.enterTotals(collectedField.getText(), validField.getText(), invalidField.getText(),
                reasonsField.getText(), votesField.getText());
    }

    @FXML
    private void onVoteAgain() {
        ballots.decide(Round.Decision.VOTE_AGAIN);
    }

    @FXML
    private void onStop() {
        ballots.decide(Round.Decision.STOP);
    }

    @FXML
    private void onExportRecord() {
        ballots.exportCountRecord();
    }

    @FXML
    private void onPrintBallots() {
        ballots.exportBallotPaper();
    }

    @FXML
    private void onExportTally() {
        ballots.exportTally();
    }

    @FXML
    private void onExportLog() {
        ballots.exportEntryLog();
    }

    private static <S> void column(TableColumn<S, String> column, Function<S, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null ? ""
                : text.apply(cell.getValue())));
    }

    private static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
