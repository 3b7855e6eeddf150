package vn.sochibo.evaluation.view;

import java.util.Arrays;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import vn.sochibo.common.Messages;
import vn.sochibo.evaluation.Grade;
import vn.sochibo.meeting.MeetingSummary;

/**
 * Code-behind of the "Chi bộ" page of an evaluation year (included in the evaluation screen, which hands it its view
 * model): the review meeting and N, the chi bộ's own grade, the "Chi bộ 4 tốt" checklist.
 */
public final class YearPageView {

    private final Messages messages;
    private YearPageViewModel viewModel;
    private Runnable afterSave = () -> { };

    @FXML private TextField rollDateField;
    @FXML private ComboBox<MeetingSummary> meetingCombo;
    @FXML private TextField reviewDateField;
    @FXML private TextField voteBaseField;
    @FXML private TextField reportNumberField;
    @FXML private TextField capReasonField;
    @FXML private TextField pointsField;
    @FXML private TextField branchCompletedField;
    @FXML private TextField branchOnTimeField;
    @FXML private TextField branchExceedingField;
    @FXML private CheckBox branchFixedCheck;
    @FXML private Label branchComputedLabel;
    @FXML private ComboBox<Grade> branchProposedCombo;
    @FXML private TextField branchOverrideField;
    @FXML private ComboBox<Grade> branchDecidedCombo;
    @FXML private TextField branchDecidedDateField;
    @FXML private TextField branchDecidedRefField;
    @FXML private VBox checklistBox;
    @FXML private Label outcomeLabel;
    @FXML private Button saveYearButton;
    @FXML private Button addItemButton;
    @FXML private Label pageProblemLabel;

    public YearPageView(Messages messages) {
        this.messages = messages;
    }

    /**
     * Binds the page to its view model.
     *
     * @param meetingLabel how a meeting is named in the box
     * @param afterSave    run after a save (the screen reloads the year)
     */
    public void bind(YearPageViewModel vm, java.util.function.Function<MeetingSummary, String> meetingLabel, Runnable afterSave) {
        this.viewModel = vm;
        this.afterSave = afterSave;
        rollDateField.textProperty().bindBidirectional(vm.rollDateProperty());
        meetingCombo.setItems(withNone(vm));
        vm.meetings().addListener((ListChangeListener<MeetingSummary>) c -> meetingCombo.setItems(withNone(vm)));
        meetingCombo.setCellFactory(list -> new MeetingCell(meetingLabel));
        meetingCombo.setButtonCell(new MeetingCell(meetingLabel));
        meetingCombo.valueProperty().bindBidirectional(vm.meetingProperty());
        reviewDateField.textProperty().bindBidirectional(vm.reviewDateProperty());
        voteBaseField.textProperty().bindBidirectional(vm.voteBaseProperty());
        reviewDateField.disableProperty().bind(meetingCombo.valueProperty().isNotNull());
        voteBaseField.disableProperty().bind(meetingCombo.valueProperty().isNotNull());
        reportNumberField.textProperty().bindBidirectional(vm.reportNumberProperty());
        capReasonField.textProperty().bindBidirectional(vm.capReasonProperty());
        pointsField.textProperty().bindBidirectional(vm.pointsProperty());
        branchCompletedField.textProperty().bindBidirectional(vm.grade().completedProperty());
        branchOnTimeField.textProperty().bindBidirectional(vm.grade().onTimeProperty());
        branchExceedingField.textProperty().bindBidirectional(vm.grade().exceedingProperty());
        EntryFormView.bindTriState(branchFixedCheck, vm.grade().fixedProperty());
        branchComputedLabel.textProperty().bind(vm.computedProperty());
        grades(branchProposedCombo);
        grades(branchDecidedCombo);
        branchProposedCombo.valueProperty().bindBidirectional(vm.grade().proposedProperty());
        branchOverrideField.textProperty().bindBidirectional(vm.grade().overrideReasonProperty());
        branchDecidedCombo.valueProperty().bindBidirectional(vm.grade().decidedProperty());
        branchDecidedDateField.textProperty().bindBidirectional(vm.grade().decidedDateProperty());
        branchDecidedRefField.textProperty().bindBidirectional(vm.grade().decidedRefProperty());
        vm.checklist().addListener((ListChangeListener<YearPageViewModel.ChecklistRow>) c -> {
            if (c.next() && !c.wasUpdated()) {
                showChecklist();
            }
        });
        showChecklist();
        outcomeLabel.textProperty().bind(vm.outcomeProperty());
        saveYearButton.disableProperty().bind(vm.loadedProperty().not().or(vm.busyProperty()));
        addItemButton.disableProperty().bind(vm.loadedProperty().not());
        pageProblemLabel.textProperty().bind(vm.problemProperty());
    }

    @FXML
    private void onSave() {
        viewModel.save(afterSave);
    }

    @FXML
    private void onAddItem() {
        viewModel.addItem();
    }

    private static javafx.collections.ObservableList<MeetingSummary> withNone(YearPageViewModel vm) {
        var items = FXCollections.<MeetingSummary>observableArrayList();
        items.add(null);
        items.addAll(vm.meetings());
        return items;
    }

    private void showChecklist() {
        checklistBox.getChildren().clear();
        int i = 0;
        for (YearPageViewModel.ChecklistRow row : viewModel.checklist()) {
            TextField title = new TextField();
            title.setId("checklistTitle" + i);
            title.textProperty().bindBidirectional(row.titleProperty());
            HBox.setHgrow(title, Priority.ALWAYS);
            ComboBox<Boolean> result = new ComboBox<>(FXCollections.observableArrayList(Arrays.asList(null, true, false)));
            result.setId("checklistResult" + i++);
            result.setCellFactory(list -> new ResultCell());
            result.setButtonCell(new ResultCell());
            result.valueProperty().bindBidirectional(row.achievedProperty());
            result.setPrefWidth(150);
            Button remove = new Button(messages.get("evaluation.page.removeItem"));
            remove.setOnAction(e -> viewModel.removeItem(row));
            HBox line = new HBox(8, title, result, remove);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            checklistBox.getChildren().add(line);
        }
    }

    private void grades(ComboBox<Grade> combo) {
        var items = FXCollections.<Grade>observableArrayList();
        items.add(null);
        items.addAll(Grade.values());
        combo.setItems(items);
        combo.setCellFactory(list -> new EntryFormView.LabelCell<>(messages));
        combo.setButtonCell(new EntryFormView.LabelCell<>(messages));
    }

    /** "Đạt", "Không đạt" or "Chưa đánh giá". */
    private final class ResultCell extends ListCell<Boolean> {
        @Override
        protected void updateItem(Boolean item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : messages.get(item == null ? "evaluation.doc.report.notAssessed"
                    : item ? "evaluation.doc.report.achieved" : "evaluation.doc.report.notAchieved"));
        }
    }

    /** A meeting by its date and subject; "none" for null. */
    private static final class MeetingCell extends ListCell<MeetingSummary> {
        private final java.util.function.Function<MeetingSummary, String> label;

        MeetingCell(java.util.function.Function<MeetingSummary, String> label) {
            this.label = label;
        }

        @Override
        protected void updateItem(MeetingSummary item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : label.apply(item));
        }
    }
}
