package vn.sochibo.member;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;

import vn.sochibo.common.Messages;
import vn.sochibo.ui.Dialogs;
import vn.sochibo.ui.Shortcuts;

/**
 * Code-behind of the correction buttons under a member's history: "Sửa biến động", "Xóa biến động ghi nhầm",
 * "Xóa đảng viên nhập nhầm" and "Hoàn tác" (Ctrl+Z). Binds to {@link MemberCorrectionsViewModel}; the questions
 * name what goes and have "Không" as their default button.
 */
public final class MemberCorrectionsView {

    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final MemberCorrectionsViewModel viewModel;
    private final MemberFormsView forms;
    private final Dialogs dialogs;
    private final Messages messages;

    @FXML private VBox root;
    @FXML private Button amendEventButton;
    @FXML private Button deleteEventButton;
    @FXML private Button deleteMemberButton;
    @FXML private Button undoButton;
    @FXML private Label correctionProblemLabel;

    public MemberCorrectionsView(MemberCorrectionsViewModel viewModel, MemberFormsView forms, Dialogs dialogs, Messages messages) {
        this.viewModel = viewModel;
        this.forms = forms;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public MemberCorrectionsViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        amendEventButton.disableProperty().bind(viewModel.noEventSelectedBinding());
        deleteEventButton.disableProperty().bind(viewModel.noEventSelectedBinding());
        deleteMemberButton.disableProperty().bind(viewModel.canDeleteMemberBinding());
        undoButton.disableProperty().bind(viewModel.canUndoProperty().not().or(viewModel.busyProperty()));
        undoButton.setTooltip(new javafx.scene.control.Tooltip());
        undoButton.getTooltip().textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Shortcuts.hint(viewModel.undoTextProperty().get().isEmpty() ? messages.get("member.undo.nothing")
                        : viewModel.undoTextProperty().get(), UNDO), viewModel.undoTextProperty()));
        correctionProblemLabel.textProperty().bind(viewModel.problemProperty());
        correctionProblemLabel.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        correctionProblemLabel.managedProperty().bind(correctionProblemLabel.visibleProperty());
        Shortcuts.install(root, UNDO, this::onUndo);
    }

    @FXML
    private void onAmendEvent() {
        MemberDetails details = viewModel.detailsProperty().get();
        MemberEvent event = viewModel.selectedEventProperty().get();
        if (details != null && event != null) {
            forms.amendEvent(details, event).ifPresent(change -> {
                viewModel.remember(change);
                viewModel.afterChangeNow(details.member().id());
            });
        }
    }

    @FXML
    private void onDeleteMember() {
        if (viewModel.detailsProperty().get() != null) {
            dialogs.confirmDestructive(messages.get("member.correct.deleteMember.title"), viewModel.deleteMemberQuestion(),
                    messages.get("member.correct.reason")).ifPresent(viewModel::deleteMember);
        }
    }

    @FXML
    private void onDeleteEvent() {
        if (viewModel.detailsProperty().get() != null && viewModel.selectedEventProperty().get() != null) {
            dialogs.confirmDestructive(messages.get("member.correct.deleteEvent.title"), viewModel.deleteEventQuestion(),
                    messages.get("member.correct.reason")).ifPresent(viewModel::deleteEvent);
        }
    }

    /** "Hoàn tác" pressed in the message bar above the list. */
    void undoFromNotice() {
        onUndo();
    }

    @FXML
    private void onUndo() {
        if (!viewModel.canUndoProperty().get()) {
            return;
        }
        if (viewModel.undoDeletesAMember() && !dialogs.confirmDestructive(messages.get("member.undo.button"),
                messages.get("member.undo.deletesMember", viewModel.undoTextProperty().get()))) {
            return;
        }
        viewModel.undo();
    }
}
