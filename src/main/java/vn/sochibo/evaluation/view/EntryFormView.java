package vn.sochibo.evaluation.view;

import java.util.Arrays;

import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import vn.sochibo.common.Messages;
import vn.sochibo.evaluation.Discipline;
import vn.sochibo.evaluation.FormKind;
import vn.sochibo.evaluation.Grade;

/**
 * Code-behind of one member's evaluation form (included in the evaluation screen, which hands it its view model):
 * binds the fields, shows the grade the rules give as the clerk types, saves.
 */
public final class EntryFormView {

    private final Messages messages;
    private EntryFormViewModel viewModel;
    private Runnable afterSave = () -> { };
    private Runnable afterSaveNext = () -> { };

    @FXML private BorderPane formRoot;
    @FXML private VBox formBox;
    @FXML private Label nameLabel;
    @FXML private Label participationLabel;
    @FXML private Button saveEntryButton;
    @FXML private Button saveNextButton;
    @FXML private CheckBox excludedCheck;
    @FXML private TextField excludedReasonField;
    @FXML private ComboBox<FormKind> formCombo;
    @FXML private RadioButton totalsRadio;
    @FXML private RadioButton groupsRadio;
    @FXML private TextField commonField;
    @FXML private TextField tasksField;
    @FXML private VBox groupsBox;
    @FXML private TextField completedField;
    @FXML private TextField onTimeField;
    @FXML private TextField exceedingField;
    @FXML private CheckBox fixedCheck;
    @FXML private ComboBox<Discipline> disciplineCombo;
    @FXML private TextField disciplineDateField;
    @FXML private TextField disciplineRefField;
    @FXML private CheckBox degradedCheck;
    @FXML private CheckBox prohibitionsCheck;
    @FXML private Label hostCommentLabel;
    @FXML private TextArea hostCommentArea;
    @FXML private TextArea branchCommentArea;
    @FXML private Label computedLabel;
    @FXML private Label warningsLabel;
    @FXML private ComboBox<Grade> proposedCombo;
    @FXML private TextField overrideReasonField;
    @FXML private TextField votesForField;
    @FXML private TextField votesAgainstField;
    @FXML private TextField votesOtherField;
    @FXML private Label votesHintLabel;
    @FXML private ComboBox<Grade> decidedCombo;
    @FXML private TextField decidedDateField;
    @FXML private TextField decidedRefField;
    @FXML private Label problemLabel;

    public EntryFormView(Messages messages) {
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        labels(formCombo, FormKind.values());
        labels(disciplineCombo, Discipline.values());
        labels(proposedCombo, Grade.values());
        labels(decidedCombo, Grade.values());
    }

    /**
     * Binds the form to its view model.
     *
     * @param afterSave     run after a save (the screen reloads the year)
     * @param afterSaveNext run after "save and next" (the screen reloads and moves to the next member)
     */
    public void bind(EntryFormViewModel vm, Runnable afterSave, Runnable afterSaveNext) {
        this.viewModel = vm;
        this.afterSave = afterSave;
        this.afterSaveNext = afterSaveNext;
        nameLabel.textProperty().bind(vm.nameProperty());
        participationLabel.textProperty().bind(vm.participationProperty());
        formBox.disableProperty().bind(vm.loadedProperty().not().or(vm.evaluableProperty().not()));
        saveEntryButton.disableProperty().bind(vm.loadedProperty().not().or(vm.busyProperty()));
        saveNextButton.disableProperty().bind(saveEntryButton.disableProperty());
        excludedCheck.selectedProperty().bindBidirectional(vm.excludedProperty());
        excludedReasonField.textProperty().bindBidirectional(vm.excludedReasonProperty());
        excludedReasonField.disableProperty().bind(excludedCheck.selectedProperty().not());
        formCombo.valueProperty().bindBidirectional(vm.formProperty());
        groupsRadio.setSelected(vm.byGroupsProperty().get());
        totalsRadio.setSelected(!vm.byGroupsProperty().get());
        groupsRadio.selectedProperty().bindBidirectional(vm.byGroupsProperty());
        vm.byGroupsProperty().addListener((o, was, now) -> totalsRadio.setSelected(!now));
        commonField.textProperty().bindBidirectional(vm.commonProperty());
        tasksField.textProperty().bindBidirectional(vm.tasksProperty());
        commonField.disableProperty().bind(vm.byGroupsProperty());
        tasksField.disableProperty().bind(vm.byGroupsProperty());
        groupsBox.visibleProperty().bind(vm.byGroupsProperty());
        groupsBox.managedProperty().bind(vm.byGroupsProperty());
        vm.groups().addListener((javafx.collections.ListChangeListener<EntryFormViewModel.GroupInput>) c -> {
            if (c.next() && (c.wasAdded() || c.wasRemoved()) && !c.wasUpdated()) {
                showGroups();
            }
        });
        showGroups();
        completedField.textProperty().bindBidirectional(vm.grade().completedProperty());
        onTimeField.textProperty().bindBidirectional(vm.grade().onTimeProperty());
        exceedingField.textProperty().bindBidirectional(vm.grade().exceedingProperty());
        bindTriState(fixedCheck, vm.grade().fixedProperty());
        disciplineCombo.valueProperty().bindBidirectional(vm.disciplineProperty());
        disciplineDateField.textProperty().bindBidirectional(vm.disciplineDateProperty());
        disciplineRefField.textProperty().bindBidirectional(vm.disciplineRefProperty());
        disciplineDateField.disableProperty().bind(disciplineCombo.valueProperty().isEqualTo(Discipline.NONE));
        disciplineRefField.disableProperty().bind(disciplineDateField.disableProperty());
        degradedCheck.selectedProperty().bindBidirectional(vm.degradedProperty());
        prohibitionsCheck.selectedProperty().bindBidirectional(vm.prohibitionsProperty());
        hostCommentLabel.visibleProperty().bind(vm.awayProperty());
        hostCommentLabel.managedProperty().bind(vm.awayProperty());
        hostCommentArea.visibleProperty().bind(vm.awayProperty());
        hostCommentArea.managedProperty().bind(vm.awayProperty());
        hostCommentArea.textProperty().bindBidirectional(vm.hostCommentProperty());
        branchCommentArea.textProperty().bindBidirectional(vm.branchCommentProperty());
        computedLabel.textProperty().bind(vm.computedProperty());
        warningsLabel.textProperty().bind(vm.warningsProperty());
        proposedCombo.valueProperty().bindBidirectional(vm.grade().proposedProperty());
        overrideReasonField.textProperty().bindBidirectional(vm.grade().overrideReasonProperty());
        votesForField.textProperty().bindBidirectional(vm.votesForProperty());
        votesAgainstField.textProperty().bindBidirectional(vm.votesAgainstProperty());
        votesOtherField.textProperty().bindBidirectional(vm.votesOtherProperty());
        votesHintLabel.textProperty().bind(vm.votesHintProperty());
        decidedCombo.valueProperty().bindBidirectional(vm.grade().decidedProperty());
        decidedDateField.textProperty().bindBidirectional(vm.grade().decidedDateProperty());
        decidedRefField.textProperty().bindBidirectional(vm.grade().decidedRefProperty());
        problemLabel.textProperty().bind(vm.problemProperty());
    }

    /** Moves the keyboard focus to the first field of the form. */
    public void focusFirstField() {
        (formCombo.isDisabled() ? saveEntryButton : formCombo).requestFocus();
    }

    @FXML
    private void onSave() {
        viewModel.save(afterSave);
    }

    @FXML
    private void onSaveNext() {
        viewModel.save(afterSaveNext);
    }

    @FXML
    private void onProposeComputed() {
        viewModel.proposeComputed();
    }

    private void showGroups() {
        groupsBox.getChildren().clear();
        int i = 0;
        for (EntryFormViewModel.GroupInput g : viewModel.groups()) {
            Label title = new Label(messages.label(g.part()) + " – " + g.title());
            title.setWrapText(true);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            TextField points = new TextField();
            points.setId("groupField" + i++);
            points.setPrefWidth(70);
            points.setMinWidth(60);
            points.textProperty().bindBidirectional(g.pointsProperty());
            title.setLabelFor(points);
            HBox row = new HBox(8, title, points);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            groupsBox.getChildren().add(row);
        }
    }

    /** A check box with a third state (not said) for a nullable yes/no. */
    static void bindTriState(CheckBox box, ObjectProperty<Boolean> value) {
        boolean[] updating = {false};
        Runnable fromValue = () -> {
            updating[0] = true;
            box.setSelected(Boolean.TRUE.equals(value.get()));
            box.setIndeterminate(value.get() == null);
            updating[0] = false;
        };
        fromValue.run();
        value.addListener((o, was, now) -> {
            if (!updating[0]) {
                fromValue.run();
            }
        });
        Runnable toValue = () -> {
            if (!updating[0]) {
                updating[0] = true;
                value.set(box.isIndeterminate() ? null : box.isSelected());
                updating[0] = false;
            }
        };
        box.selectedProperty().addListener((o, was, now) -> toValue.run());
        box.indeterminateProperty().addListener((o, was, now) -> toValue.run());
    }

    /** A combo box of enum constants shown by their labels, with an empty first choice when nullable. */
    private <E extends Enum<E>> void labels(ComboBox<E> combo, E[] values) {
        boolean nullable = !(values[0] instanceof Discipline);
        var items = FXCollections.<E>observableArrayList();
        if (nullable) {
            items.add(null);
        }
        items.addAll(Arrays.asList(values));
        combo.setItems(items);
        combo.setCellFactory(list -> new LabelCell<>(messages));
        combo.setButtonCell(new LabelCell<>(messages));
    }

    /** A list cell showing an enum's label, "—" for none. */
    static final class LabelCell<E extends Enum<E>> extends ListCell<E> {
        private final Messages messages;

        LabelCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(E item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? "—" : messages.label(item));
        }
    }
}
