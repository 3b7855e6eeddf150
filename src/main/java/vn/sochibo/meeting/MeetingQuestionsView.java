package vn.sochibo.meeting;

import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

import vn.sochibo.common.Messages;
import vn.sochibo.ui.Dialogs;

/**
 * The two questions of the meetings screen, built here so their default buttons are the safe ones: deleting
 * asks with "Hủy" as the default (Enter never deletes), leaving a meeting with unsaved changes offers to save,
 * to discard or to stay (Esc stays).
 */
final class MeetingQuestionsView {

    /** What to do with unsaved changes. */
    enum Leave { SAVE, DISCARD, STAY }

    private final Dialogs dialogs;
    private final Messages messages;

    MeetingQuestionsView(Dialogs dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Asks before deleting; only the "Xóa" button (never Enter alone) deletes. */
    boolean confirmDelete(String heading) {
        ButtonType delete = new ButtonType(messages.get("meeting.delete.button"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("meeting.delete.confirm", heading),
                delete, cancel);
        alert.setTitle(messages.get("meeting.delete.title"));
        alert.setHeaderText(messages.get("meeting.delete.title"));
        ((Button) alert.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        alert.getDialogPane().setId("deleteQuestion");
        alert.getDialogPane().lookupButton(delete).setId("deleteConfirmButton");
        alert.getDialogPane().lookupButton(cancel).setId("deleteCancelButton");
        return dialogs.show(alert).filter(delete::equals).isPresent();
    }

    /** Asks what to do with unsaved changes before another meeting is shown or the window closes. */
    Leave askLeave(String heading) {
        ButtonType save = new ButtonType(messages.get("meeting.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("meeting.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(messages.get("meeting.unsaved.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("meeting.unsaved.text", heading),
                save, discard, stay);
        alert.setTitle(messages.get("meeting.unsaved.title"));
        alert.setHeaderText(messages.get("meeting.unsaved.title"));
        alert.getDialogPane().setId("unsavedQuestion");
        alert.getDialogPane().lookupButton(save).setId("unsavedSaveButton");
        alert.getDialogPane().lookupButton(discard).setId("unsavedDiscardButton");
        alert.getDialogPane().lookupButton(stay).setId("unsavedStayButton");
        Optional<ButtonType> answer = dialogs.show(alert);
        return answer.map(b -> b == save ? Leave.SAVE : b == discard ? Leave.DISCARD : Leave.STAY).orElse(Leave.STAY);
    }
}
