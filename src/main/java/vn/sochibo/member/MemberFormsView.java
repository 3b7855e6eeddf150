package vn.sochibo.member;

import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

import vn.sochibo.common.Messages;
import vn.sochibo.ui.Dialogs;
import vn.sochibo.ui.Views;

/**
 * Opens the register's forms as dialogs over the main window: the member form ("Thêm đảng viên", "Sửa") and the
 * event form ("Ghi biến động", "Sửa biến động"). Each returns the change it stored, for "Hoàn tác"; empty when
 * cancelled. Esc cancels (asking first when the form holds unsaved input); Enter saves where that is safe (never a
 * removal, expulsion, death or transfer out). FX thread.
 */
public final class MemberFormsView {

    private final Views views;
    private final Dialogs dialogs;
    private final Messages messages;

    public MemberFormsView(Views views, Dialogs dialogs, Messages messages) {
        this.views = views;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** The member form for a new member ({@code id} null) or to edit one. */
    public Optional<RegisterChange> editMember(Long id) {
        Views.Loaded<MemberEditorView> loaded = views.load(MemberEditorView.class);
        MemberEditorViewModel vm = loaded.view().viewModel();
        Dialog<RegisterChange> dialog = new Dialog<>();
        dialog.titleProperty().bind(vm.titleProperty());
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(loaded.root());
        Button save = buttons(dialog, "saveMemberButton", vm::isDirty);
        save.setDefaultButton(true); // nothing is lost by saving a form: Enter saves it
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(change -> close(dialog, change));
        });
        if (id == null) {
            vm.startNew();
        } else {
            vm.edit(id);
        }
        return dialogs.show(dialog);
    }

    /** The event form: records a new event for the member. */
    public Optional<RegisterChange> recordEvent(MemberDetails details) {
        return eventDialog(details, null);
    }

    /** The event form: corrects {@code event} in place, with a reason for the change log. */
    public Optional<RegisterChange> amendEvent(MemberDetails details, MemberEvent event) {
        return eventDialog(details, event);
    }

    private Optional<RegisterChange> eventDialog(MemberDetails details, MemberEvent amending) {
        Views.Loaded<MemberEventView> loaded = views.load(MemberEventView.class);
        MemberEventViewModel vm = loaded.view().viewModel();
        if (amending == null) {
            vm.start(details);
        } else {
            vm.amend(details, amending);
        }
        Dialog<RegisterChange> dialog = new Dialog<>();
        dialog.setTitle(messages.get(amending == null ? "member.event.title" : "member.event.amendTitle"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(loaded.root());
        Button save = buttons(dialog, "recordEventSaveButton", vm::isDirty);
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.defaultButtonProperty().bind(vm.drasticProperty().not());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (vm.needsConfirmation() && !dialogs.confirmDestructive(messages.get("member.event.confirmRemoval.title"),
                    vm.confirmationText())) {
                return;
            }
            vm.save(change -> close(dialog, change));
        });
        return dialogs.show(dialog);
    }

    private static void close(Dialog<RegisterChange> dialog, RegisterChange change) {
        dialog.setResult(change);
        dialog.close();
    }

    /**
     * "Lưu" and "Hủy". Esc and the window's X act as "Hủy", which asks before throwing away typed input
     * ("Không" the default); the dialog has a result only when "Lưu" stored something.
     */
    private Button buttons(Dialog<RegisterChange> dialog, String saveId, java.util.function.BooleanSupplier dirty) {
        ButtonType saveType = new ButtonType(messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(saveType, cancelType);
        dialog.getDialogPane().getStyleClass().add("form-dialog");
        dialog.setResultConverter(button -> null); // cancel/Escape: no result; Save sets it explicitly
        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId(saveId);
        save.setDefaultButton(false);
        Button cancel = (Button) dialog.getDialogPane().lookupButton(cancelType);
        cancel.setId("cancelDialogButton");
        boolean[] discardAgreed = {false};
        java.util.function.BooleanSupplier mayClose = () -> {
            if (discardAgreed[0] || dialog.getResult() != null || !dirty.getAsBoolean()) {
                return true;
            }
            discardAgreed[0] = dialogs.confirmDestructive(messages.get("member.form.discard.title"),
                    messages.get("member.form.discard.question"));
            return discardAgreed[0];
        };
        cancel.addEventFilter(ActionEvent.ACTION, e -> {
            if (!mayClose.getAsBoolean()) {
                e.consume();
            }
        });
        dialog.setOnCloseRequest(e -> {
            if (!mayClose.getAsBoolean()) {
                e.consume();
            }
        });
        return save;
    }
}
