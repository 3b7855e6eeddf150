package vn.sochibo.admission.view;

import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;

import vn.sochibo.admission.Candidate;
import vn.sochibo.admission.CandidateFile;
import vn.sochibo.admission.CandidateProfile;
import vn.sochibo.admission.CandidateSummary;
import vn.sochibo.admission.Checklist;
import vn.sochibo.admission.CandidateStage;
import vn.sochibo.admission.service.AdmissionDocumentService;
import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.ui.Dialogs;
import vn.sochibo.ui.FileDialogs;
import vn.sochibo.ui.Styles;

/**
 * Code-behind of the "Phát triển đảng viên" screen: the candidates list, the selected file's checklist and the
 * forms of each step. Binds controls to {@link AdmissionViewModel} and forwards what the clerk typed; no rule here.
 */
public final class AdmissionView {

    private final AdmissionViewModel viewModel;
    private final Messages messages;
    private final AdmissionFormsView forms;

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private CheckBox closedCheck;
    @FXML private Button addButton;
    @FXML private Button followButton;
    @FXML private Label problemLabel;
    @FXML private Label messageLabel;
    @FXML private TableView<CandidateSummary> candidateTable;
    @FXML private TableColumn<CandidateSummary, String> nameColumn;
    @FXML private TableColumn<CandidateSummary, String> nextColumn;
    @FXML private BorderPane detailsPane;
    @FXML private Label nameLabel;
    @FXML private Label stageLabel;
    @FXML private Label profileLabel;
    @FXML private Label datesLabel;
    @FXML private Label generalLabel;
    @FXML private Label hintLabel;
    @FXML private Button editButton;
    @FXML private TableView<Checklist.Line> checklistTable;
    @FXML private TableColumn<Checklist.Line, String> itemColumn;
    @FXML private TableColumn<Checklist.Line, String> stateColumn;
    @FXML private TableColumn<Checklist.Line, String> dateColumn;
    @FXML private TableColumn<Checklist.Line, String> itemDueColumn;
    @FXML private TableColumn<Checklist.Line, String> noteColumn;
    @FXML private FlowPane actionsPane;
    @FXML private Button voteButton;
    @FXML private Button ceremonyButton;
    @FXML private Button officialButton;
    @FXML private MenuButton documentButton;

    public AdmissionView(AdmissionViewModel viewModel, Messages messages, Dialogs dialogs, FileDialogs saveFiles) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.forms = new AdmissionFormsView(viewModel, messages, dialogs, saveFiles);
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        closedCheck.selectedProperty().bindBidirectional(viewModel.showClosedProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        candidateTable.setItems(viewModel.rows());
        // two lines per candidate: name over stage, next step over its due date, so the list stays narrow
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fullName() + "\n" + messages.label(c.getValue().stage())));
        nameColumn.setCellFactory(col -> twoLineCell());
        nextColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(nextText(c.getValue())));
        nextColumn.setCellFactory(col -> twoLineCell());
        candidateTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CandidateSummary item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("late-row");
                if (!empty && item != null && item.late() > 0) {
                    getStyleClass().add("late-row");
                }
            }
        });
        candidateTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null || !viewModel.rows().contains(viewModel.selectedProperty().get())) {
                viewModel.selectedProperty().set(b);
            }
        });
        viewModel.selectedProperty().addListener((o, a, b) -> {
            if (b != candidateTable.getSelectionModel().getSelectedItem()) {
                candidateTable.getSelectionModel().select(b);
            }
        });
        candidateTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Styles.scaleColumnsWithText(candidateTable);
        itemColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().item())));
        itemColumn.setCellFactory(col -> wrappingCell());
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().state())));
        stateColumn.setCellFactory(col -> stateCell());
        dateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.date(c.getValue().date())));
        itemDueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.date(c.getValue().due())));
        noteColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().notes().stream()
                .map(viewModel::describe).collect(Collectors.joining("\n"))));
        noteColumn.setCellFactory(col -> wrappingCell());
        checklistTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Styles.scaleColumnsWithText(checklistTable);
        hintLabel.visibleProperty().bind(viewModel.fileProperty().isNull());
        detailsPane.visibleProperty().bind(viewModel.fileProperty().isNotNull());
        viewModel.fileProperty().addListener((o, a, f) -> show(f));
        root.disableProperty().bind(viewModel.busyProperty());
        viewModel.refresh();
    }

    private String nextText(CandidateSummary r) {
        if (r.next() == null) {
            return "";
        }
        String second = (r.nextDue() == null ? "" : messages.get("admission.list.due", r.nextDue()))
                + (r.late() > 0 ? (r.nextDue() == null ? "" : " · ") + messages.get("admission.list.late", r.late()) : "");
        return messages.label(r.next()) + "\n" + second;
    }

    /** Reloads (called when the screen is shown). */
    public void refresh() {
        viewModel.refresh();
    }

    /** Shows one candidate's file (a reminder was clicked). */
    public void open(long candidateId) {
        viewModel.select(candidateId);
    }

    private TableCell<Checklist.Line, String> stateCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll("error-text", "warning-text", "success-text", "muted");
                Checklist.Line line = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                if (line != null) {
                    getStyleClass().add(switch (line.state()) {
                        case DONE, ACCEPTED -> "success-text";
                        case LATE, PROBLEM -> "error-text";
                        case FLAGGED -> "warning-text";
                        default -> "muted";
                    });
                }
            }
        };
    }

    /** A cell of two lines: the first as it is, the second smaller and muted. */
    private static TableCell<CandidateSummary, String> twoLineCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(null);
                if (empty || text == null) {
                    setGraphic(null);
                    return;
                }
                String[] lines = text.split("\n", 2);
                Label first = new Label(lines[0]);
                Label second = new Label(lines.length > 1 ? lines[1] : "");
                second.getStyleClass().addAll("muted", "small-text");
                setGraphic(new javafx.scene.layout.VBox(1, first, second));
            }
        };
    }

    /** A cell whose text wraps to the column's width (the row grows). */
    private static TableCell<Checklist.Line, String> wrappingCell() {
        return new TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(widthProperty().subtract(12));
                text.getStyleClass().add("cell-text");
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(null);
                text.setText(empty || value == null ? "" : value);
                setGraphic(empty ? null : text);
            }
        };
    }

    private void show(CandidateFile f) {
        documentButton.getItems().clear();
        if (f == null) {
            checklistTable.getItems().clear();
            return;
        }
        Candidate c = f.candidate();
        CandidateProfile p = c.profile();
        nameLabel.setText(p.fullName());
        stageLabel.setText(messages.label(c.stage()));
        profileLabel.setText(messages.get("admission.details.profile", p.issuer(), p.birthDate() == null ? "—" : Formats.date(p.birthDate()),
                orDash(p.homeTown()), orDash(p.occupation()), messages.label(c.route()), orDash(c.helperName())));
        String introducers = c.introducers().stream().map(i -> i.fullName() + " (" + Formats.date(i.togetherSince()) + ")")
                .collect(Collectors.joining(", "));
        datesLabel.setText((introducers.isEmpty() ? "" : messages.get("admission.details.introducers", introducers) + "  ")
                + (f.probationEnd() == null ? "" : messages.get("admission.details.probation", f.probationEnd(), f.fullVoteDue())));
        generalLabel.setText(f.checklist().general().stream().map(viewModel::describe).collect(Collectors.joining("\n")));
        checklistTable.getItems().setAll(f.checklist().lines());
        CandidateStage stage = c.stage();
        voteButton.setDisable(stage.member() && stage != CandidateStage.PROBATION || stage.closed());
        ceremonyButton.setDisable(stage != CandidateStage.DECIDED);
        officialButton.setDisable(stage != CandidateStage.FULL_PROPOSED && stage != CandidateStage.REFERRED_UP);
        for (AdmissionDocumentService.Document d : viewModel.documents()) {
            MenuItem item = new MenuItem(messages.label(d));
            item.setId("document" + d.form());
            item.setOnAction(e -> forms.document(d));
            documentButton.getItems().add(item);
        }
        documentButton.setDisable(documentButton.getItems().isEmpty());
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }

    @FXML
    private void onAdd() {
        forms.add();
    }

    @FXML
    private void onEdit() {
        forms.edit();
    }

    @FXML
    private void onRoute() {
        forms.route();
    }

    @FXML
    private void onFollow() {
        forms.follow();
    }

    @FXML
    private void onStep() {
        forms.step();
    }

    @FXML
    private void onRemoveStep() {
        forms.removeStep();
    }

    @FXML
    private void onIntroducer() {
        forms.introducer();
    }

    @FXML
    private void onVerification() {
        forms.verification();
    }

    @FXML
    private void onReply() {
        forms.reply();
    }

    @FXML
    private void onVote() {
        forms.vote();
    }

    @FXML
    private void onCeremony() {
        forms.ceremony();
    }

    @FXML
    private void onOfficial() {
        forms.official();
    }

    @FXML
    private void onAccept() {
        forms.accept();
    }

    @FXML
    private void onDelete() {
        forms.delete();
    }
}
