package vn.sochibo.meeting;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.ui.Dialogs;
import vn.sochibo.ui.FileDialogs;
import vn.sochibo.ui.FileKind;

/** Code-behind of the "Sinh hoạt chi bộ" screen: binds controls to {@link MeetingViewModel} and forwards events. */
public final class MeetingView {

    private final MeetingViewModel viewModel;
    private final MeetingEditorViewModel editor;
    private final Messages messages;
    private final FileDialogs files;
    private final Dialogs dialogs;

    @FXML private BorderPane root;
    @FXML private ComboBox<String> newIssuerCombo;
    @FXML private ComboBox<MeetingType> newTypeCombo;
    @FXML private TextField newDateField;
    @FXML private Button newMeetingButton;
    @FXML private Button bookButton;
    @FXML private Label problemLabel;
    @FXML private Label messageLabel;
    @FXML private TableView<MeetingSummary> meetingTable;
    @FXML private TableColumn<MeetingSummary, String> dateColumn;
    @FXML private TableColumn<MeetingSummary, String> numberColumn;
    @FXML private TableColumn<MeetingSummary, String> subjectColumn;
    @FXML private BorderPane editorPane;
    @FXML private Label headingLabel;
    @FXML private Button saveButton;
    @FXML private Button exportButton;
    @FXML private Button deleteButton;
    @FXML private ComboBox<MeetingType> typeCombo;
    @FXML private TextField subjectField;
    @FXML private TextField dateField;
    @FXML private TextField startField;
    @FXML private TextField endField;
    @FXML private TextField placeField;
    @FXML private TextField chairField;
    @FXML private TextField secretaryField;
    @FXML private TextField guestsField;
    @FXML private TextField numberField;
    @FXML private Label lengthWarningLabel;
    @FXML private Label figuresLabel;
    @FXML private Label quorumWarningLabel;
    @FXML private Label absenceWarningLabel;
    @FXML private TableView<RollEntry> rollTable;
    @FXML private TableColumn<RollEntry, String> rollNameColumn;
    @FXML private TableColumn<RollEntry, String> rollStatusColumn;
    @FXML private TableColumn<RollEntry, String> rollAttendanceColumn;
    @FXML private TableColumn<RollEntry, String> rollReasonColumn;
    @FXML private ComboBox<Attendance> attendanceCombo;
    @FXML private TextField reasonField;
    @FXML private ListView<AgendaItem> agendaList;
    @FXML private TextField newItemField;
    @FXML private TextField itemTitleField;
    @FXML private TextArea reportArea;
    @FXML private TextArea speakersArea;
    @FXML private TextArea conclusionArea;
    @FXML private TableView<Resolution> resolutionTable;
    @FXML private TableColumn<Resolution, String> resolutionContentColumn;
    @FXML private TableColumn<Resolution, String> resolutionKindColumn;
    @FXML private TableColumn<Resolution, String> resolutionVotesColumn;
    @FXML private TableColumn<Resolution, String> resolutionVerdictColumn;
    @FXML private ComboBox<ResolutionKind> resolutionKindCombo;
    @FXML private TextField resolutionContentField;
    @FXML private TextField votesForField;
    @FXML private TextField votesAgainstField;
    @FXML private TextField votesOtherField;
    @FXML private TableView<CarriedAssignment> carriedTable;
    @FXML private TableColumn<CarriedAssignment, String> carriedFromColumn;
    @FXML private TableColumn<CarriedAssignment, String> carriedAssigneeColumn;
    @FXML private TableColumn<CarriedAssignment, String> carriedTaskColumn;
    @FXML private TableColumn<CarriedAssignment, String> carriedDueColumn;
    @FXML private TableView<Assignment> assignmentTable;
    @FXML private TableColumn<Assignment, String> assigneeColumn;
    @FXML private TableColumn<Assignment, String> taskColumn;
    @FXML private TableColumn<Assignment, String> dueColumn;
    @FXML private TableColumn<Assignment, String> assignmentStatusColumn;
    @FXML private TextField assigneeField;
    @FXML private TextField taskField;
    @FXML private TextField dueField;

    public MeetingView(MeetingViewModel viewModel, Messages messages, FileDialogs files, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.editor = viewModel.editor();
        this.messages = messages;
        this.files = files;
        this.dialogs = dialogs;
        this.questions = new MeetingQuestionsView(dialogs, messages);
    }

    private final MeetingQuestionsView questions;
    private boolean reverting;

    /**
     * Asks what to do with unsaved changes before the meeting shown is left (another meeting, a new one, the
     * window closing). Returns {@code true} when leaving may go ahead at once (nothing unsaved, or discarded);
     * after "Lưu" the save runs in the background and {@code proceed} runs once it succeeded.
     *
     * @param proceed what leaving does, run after a successful save
     * @return whether the caller may leave now
     */
    public boolean confirmLeave(Runnable proceed) {
        if (!editor.isDirty()) {
            return true;
        }
        return switch (questions.askLeave(editor.headingProperty().get())) {
            case DISCARD -> true;
            case STAY -> false;
            case SAVE -> {
                viewModel.save(proceed);
                yield false;
            }
        };
    }

    @FXML
    private void initialize() {
        newIssuerCombo.setItems(viewModel.issuers());
        newIssuerCombo.valueProperty().bindBidirectional(viewModel.newIssuerProperty());
        labelled(newTypeCombo).getItems().setAll(MeetingType.values());
        newTypeCombo.valueProperty().bindBidirectional(viewModel.newTypeProperty());
        newDateField.textProperty().bindBidirectional(viewModel.newDateProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        newMeetingButton.disableProperty().bind(viewModel.busyProperty());
        bookButton.disableProperty().bind(viewModel.busyProperty());

        meetingTable.setItems(viewModel.meetings());
        column(dateColumn, m -> Formats.date(m.date()));
        column(numberColumn, m -> (m.number() < 10 ? "0" : "") + m.number());
        column(subjectColumn, MeetingSummary::subject);
        meetingTable.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n == null || reverting || n.id() == editor.id()) {
                return;
            }
            if (confirmLeave(() -> select(n))) {
                viewModel.selectedProperty().set(n);
            } else {
                // stay: once the click that changed the selection is fully handled, select the meeting still shown
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.millis(1));
                later.setOnFinished(done -> {
                    reverting = true;
                    try {
                        MeetingSummary shown = viewModel.selectedProperty().get();
                        if (shown == null) {
                            meetingTable.getSelectionModel().clearSelection();
                        } else {
                            meetingTable.getSelectionModel().select(shown);
                        }
                    } finally {
                        reverting = false;
                    }
                });
                later.play();
            }
        });
        viewModel.selectedProperty().addListener((obs, o, n) -> {
            if (n == null) {
                meetingTable.getSelectionModel().clearSelection();
            } else if (meetingTable.getSelectionModel().getSelectedItem() != n) {
                meetingTable.getSelectionModel().select(n);
            }
        });

        editorPane.disableProperty().bind(editor.loadedProperty().not());
        headingLabel.textProperty().bind(editor.headingProperty());
        saveButton.disableProperty().bind(viewModel.busyProperty());
        exportButton.disableProperty().bind(viewModel.busyProperty());
        labelled(typeCombo).getItems().setAll(MeetingType.values());
        typeCombo.valueProperty().bindBidirectional(editor.typeProperty());
        subjectField.textProperty().bindBidirectional(editor.subjectProperty());
        dateField.textProperty().bindBidirectional(editor.dateProperty());
        startField.textProperty().bindBidirectional(editor.startProperty());
        endField.textProperty().bindBidirectional(editor.endProperty());
        placeField.textProperty().bindBidirectional(editor.placeProperty());
        chairField.textProperty().bindBidirectional(editor.chairProperty());
        secretaryField.textProperty().bindBidirectional(editor.secretaryProperty());
        guestsField.textProperty().bindBidirectional(editor.guestsProperty());
        numberField.textProperty().bindBidirectional(editor.numberProperty());
        lengthWarningLabel.textProperty().bind(editor.lengthWarningProperty());

        figuresLabel.textProperty().bind(editor.figuresTextProperty());
        quorumWarningLabel.textProperty().bind(editor.quorumWarningProperty());
        absenceWarningLabel.textProperty().bind(editor.absenceWarningsProperty());
        rollTable.setItems(editor.roll());
        column(rollNameColumn, RollEntry::fullName);
        column(rollStatusColumn, r -> messages.label(r.status()));
        column(rollAttendanceColumn, r -> messages.label(r.attendance()));
        column(rollReasonColumn, r -> r.reason() == null ? "" : r.reason());
        labelled(attendanceCombo).getItems().setAll(Attendance.values());
        rollTable.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null) {
                attendanceCombo.setValue(n.attendance());
                reasonField.setText(n.reason() == null ? "" : n.reason());
            }
        });

        agendaList.setItems(editor.agenda());
        agendaList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AgendaItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (getIndex() + 1) + ". " + item.title()
                        + (item.reportPoints() != null || item.speakers() != null || item.conclusion() != null ? "  ✎" : ""));
            }
        });
        agendaList.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null) {
                itemTitleField.setText(n.title());
                reportArea.setText(n.reportPoints() == null ? "" : n.reportPoints());
                speakersArea.setText(n.speakers() == null ? "" : n.speakers());
                conclusionArea.setText(n.conclusion() == null ? "" : n.conclusion());
            }
        });

        resolutionTable.setItems(editor.resolutions());
        column(resolutionContentColumn, Resolution::content);
        column(resolutionKindColumn, r -> messages.label(r.kind()));
        column(resolutionVotesColumn, r -> r.votesFor() + " / " + r.votesAgainst() + " / " + r.votesOther());
        column(resolutionVerdictColumn, editor::verdict);
        editor.roll().addListener((ListChangeListener<RollEntry>) c -> resolutionTable.refresh());
        labelled(resolutionKindCombo).getItems().setAll(ResolutionKind.values());
        resolutionKindCombo.setValue(ResolutionKind.ORDINARY);

        carriedTable.setItems(editor.carried());
        column(carriedFromColumn, c -> Formats.date(c.meetingDate()));
        column(carriedAssigneeColumn, c -> c.assignment().assignee());
        column(carriedTaskColumn, c -> c.assignment().task());
        column(carriedDueColumn, c -> c.assignment().dueDate() == null ? "" : Formats.date(c.assignment().dueDate()));
        assignmentTable.setItems(editor.assignments());
        column(assigneeColumn, Assignment::assignee);
        column(taskColumn, Assignment::task);
        column(dueColumn, a -> a.dueDate() == null ? "" : Formats.date(a.dueDate()));
        column(assignmentStatusColumn, a -> messages.label(a.status())
                + (a.carriedFrom() != null ? " · " + messages.get("meeting.assignment.fromEarlier") : ""));

        for (TableView<?> table : List.of(meetingTable, rollTable, resolutionTable, carriedTable, assignmentTable)) {
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        }
        for (Label label : List.of(problemLabel, messageLabel, quorumWarningLabel, absenceWarningLabel, lengthWarningLabel)) {
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        }
        viewModel.refresh();
    }

    /** Reloads the list (when the screen is shown again). */
    public void refresh() {
        viewModel.refresh();
    }

    private static <S> void column(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(c -> (ObservableValue<String>) new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private <E extends Enum<E>> ComboBox<E> labelled(ComboBox<E> combo) {
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.label(value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        return combo;
    }

    @FXML
    private void onNew() {
        if (confirmLeave(viewModel::createNew)) {
            viewModel.createNew();
        }
    }

    @FXML
    private void onBook() {
        files.save(messages.get("meeting.book.title"), FileKind.DOCUMENT, "so-bien-ban-" + viewModel.bookYear() + ".docx")
                .ifPresent(viewModel::exportBook);
    }

    private void select(MeetingSummary meeting) {
        viewModel.meetings().stream().filter(m -> m.id() == meeting.id()).findFirst()
                .ifPresent(viewModel.selectedProperty()::set);
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onDelete() {
        if (editor.id() == 0 || questions.confirmDelete(editor.headingProperty().get())) {
            viewModel.delete();
        }
    }

    @FXML
    private void onExport() {
        files.save(messages.get("meeting.export.title"), FileKind.DOCUMENT, viewModel.suggestedMinutesName())
                .ifPresent(viewModel::exportMinutes);
    }

    @FXML
    private void onApplyAttendance() {
        editor.setAttendance(rollTable.getSelectionModel().getSelectedIndex(), attendanceCombo.getValue(), reasonField.getText());
    }

    @FXML
    private void onAddItem() {
        editor.addAgendaItem(newItemField.getText());
        newItemField.clear();
    }

    @FXML
    private void onRemoveItem() {
        int index = agendaList.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            editor.agenda().remove(index);
        }
    }

    @FXML
    private void onApplyItem() {
        int index = agendaList.getSelectionModel().getSelectedIndex();
        editor.updateAgendaItem(index, itemTitleField.getText(), reportArea.getText(), speakersArea.getText(), conclusionArea.getText());
        agendaList.getSelectionModel().select(index);
    }

    @FXML
    private void onSaveTemplate() {
        viewModel.saveAgendaAsTemplate();
    }

    @FXML
    private void onAddResolution() {
        try {
            editor.addResolution(resolutionKindCombo.getValue(), resolutionContentField.getText(), votesForField.getText(),
                    votesAgainstField.getText(), votesOtherField.getText());
            resolutionContentField.clear();
            votesForField.clear();
            votesAgainstField.clear();
            votesOtherField.clear();
            viewModel.clearProblem();
        } catch (RuntimeException e) {
            viewModel.showProblem(e);
        }
    }

    @FXML
    private void onRemoveResolution() {
        int index = resolutionTable.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            editor.resolutions().remove(index);
        }
    }

    @FXML
    private void onMarkDone() {
        CarriedAssignment c = carriedTable.getSelectionModel().getSelectedItem();
        if (c != null) {
            viewModel.markDone(c);
        }
    }

    @FXML
    private void onCarry() {
        CarriedAssignment c = carriedTable.getSelectionModel().getSelectedItem();
        if (c != null) {
            editor.carryOver(c);
        }
    }

    @FXML
    private void onAddAssignment() {
        try {
            editor.addAssignment(assigneeField.getText(), taskField.getText(), dueField.getText());
            assigneeField.clear();
            taskField.clear();
            dueField.clear();
            viewModel.clearProblem();
        } catch (RuntimeException e) {
            viewModel.showProblem(e);
        }
    }

    @FXML
    private void onRemoveAssignment() {
        int index = assignmentTable.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            editor.assignments().remove(index);
        }
    }
}
