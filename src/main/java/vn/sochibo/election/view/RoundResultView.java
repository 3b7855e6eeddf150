package vn.sochibo.election.view;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import vn.sochibo.common.Messages;
import vn.sochibo.election.RoundInfo;
import vn.sochibo.election.engine.CandidateResult;
import vn.sochibo.election.engine.Round;
import vn.sochibo.ui.Controls;

/** Code-behind of the result tab. */
public final class RoundResultView {

    private final RoundResultViewModel model;
    private final Messages messages;

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

    /** Wires the view to its view model. */
    public RoundResultView(RoundResultViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        roundBox.setItems(model.roundsProperty());
        roundBox.setConverter(Controls.converter(r -> messages.get("election.ui.roundItem", r.number(),
                messages.label(r.kind()))));
        Controls.choice(roundBox, model.shownRoundProperty(), model::show);
        Controls.rows(resultTable, model.resultRowsProperty());
        Controls.textColumn(resultNameColumn, CandidateResult::name);
        Controls.textColumn(resultVotesColumn, r -> String.valueOf(r.votes()));
        Controls.textColumn(resultBaseColumn, r -> model.percent(r.percentOfBase()));
        Controls.textColumn(resultValidColumn, r -> model.percent(r.percentOfValid()));
        Controls.textColumn(resultOutcomeColumn, model::outcome);
        resultLabel.textProperty().bind(model.resultTextProperty());
        voteAgainButton.disableProperty().bind(model.canDecideProperty().not());
        stopButton.disableProperty().bind(model.canDecideProperty().not());
        for (Button export : new Button[] {exportRecordButton, exportTallyButton, exportLogButton}) {
            export.disableProperty().bind(model.shownCountedProperty().not());
        }
    }

    @FXML
    private void onVoteAgain() {
        model.decide(Round.Decision.VOTE_AGAIN);
    }

    @FXML
    private void onStop() {
        model.decide(Round.Decision.STOP);
    }

    @FXML
    private void onExportRecord() {
        model.exportCountRecord();
    }

    @FXML
    private void onExportTally() {
        model.exportTally();
    }

    @FXML
    private void onExportLog() {
        model.exportEntryLog();
    }
}
