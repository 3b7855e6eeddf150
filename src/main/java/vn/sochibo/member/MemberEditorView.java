package vn.sochibo.member;

import java.util.Arrays;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import vn.sochibo.common.Messages;

/** Code-behind of the member form: binds every field to the view model; no logic here. */
public final class MemberEditorView {

    private final MemberEditorViewModel viewModel;
    private final Messages messages;

    @FXML private GridPane formGrid;
    @FXML private ComboBox<Gender> genderBox;
    @FXML private ComboBox<PoliticalTheory> politicalTheoryBox;
    @FXML private ComboBox<String> subBranchBox;
    @FXML private TextArea notesArea;
    @FXML private Label errorsLabel;
    @FXML private Label warningsLabel;
    @FXML private javafx.scene.control.ScrollPane messagesPane;

    public MemberEditorView(MemberEditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public MemberEditorViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        for (String field : MemberEditorViewModel.TEXT_FIELDS) {
            if (formGrid.lookup("#" + field + "Field") instanceof TextField text) {
                text.textProperty().bindBidirectional(viewModel.text(field));
            }
        }
        notesArea.textProperty().bindBidirectional(viewModel.text("notes"));
        subBranchBox.setItems(viewModel.subBranchChoices());
        subBranchBox.getEditor().textProperty().bindBidirectional(viewModel.text("subBranch"));
        genderBox.setConverter(enumConverter(messages));
        politicalTheoryBox.setConverter(enumConverter(messages));
        genderBox.getItems().setAll(Gender.values());
        genderBox.valueProperty().bindBidirectional(viewModel.genderProperty());
        politicalTheoryBox.getItems().setAll((PoliticalTheory) null);
        politicalTheoryBox.getItems().addAll(Arrays.asList(PoliticalTheory.values()));
        politicalTheoryBox.valueProperty().bindBidirectional(viewModel.politicalTheoryProperty());
        errorsLabel.textProperty().bind(viewModel.errorsProperty());
        warningsLabel.textProperty().bind(viewModel.warningsProperty());
        for (Label l : new Label[] {errorsLabel, warningsLabel}) {
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
            l.managedProperty().bind(l.visibleProperty());
        }
        messagesPane.visibleProperty().bind(errorsLabel.visibleProperty().or(warningsLabel.visibleProperty()));
        messagesPane.managedProperty().bind(messagesPane.visibleProperty());
        // the chi bộ may be a new one: a field that suggests the known names as the clerk types
        vn.sochibo.ui.Suggestions.offer(subBranchBox.getEditor(), viewModel.subBranchChoices());
        java.util.Map<String, javafx.scene.control.Control> controls = new java.util.HashMap<>();
        for (String field : MemberEditorViewModel.TEXT_FIELDS) {
            if (formGrid.lookup("#" + field + "Field") instanceof TextField text) {
                controls.put(field, text);
            }
        }
        controls.put("notes", notesArea);
        controls.put("subBranch", subBranchBox);
        controls.put("gender", genderBox);
        controls.put("politicalTheory", politicalTheoryBox);
        vn.sochibo.ui.Validation.decorate(controls, viewModel.fieldErrors());
    }

    static <E extends Enum<E>> StringConverter<E> enumConverter(Messages messages) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.label(value);
            }

            @Override
            public E fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
