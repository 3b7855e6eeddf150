package vn.sochibo.app;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.importing.MemberImportView;
import vn.sochibo.member.MemberSummary;
import vn.sochibo.ui.Dialogs;
import vn.sochibo.ui.FileDialogs;
import vn.sochibo.ui.FileKind;
import vn.sochibo.ui.UiExecutor;
import vn.sochibo.ui.Views;

/** The member list's Excel buttons: the import wizard in a dialog, and the export of the shown members. */
final class ExcelActions {

    private final Services services;
    private final Messages messages;
    private final UiExecutor executor;
    private final Dialogs dialogs;
    private final Views views;
    private final FileDialogs files;

    ExcelActions(Services services, Messages messages, UiExecutor executor, Dialogs dialogs, Views views, FileDialogs files) {
        this.services = services;
        this.messages = messages;
        this.executor = executor;
        this.dialogs = dialogs;
        this.views = views;
        this.files = files;
    }

    /** Opens the wizard; when it closes after a commit, {@code afterImport} reloads the list. */
    void openImportWizard(Runnable afterImport) {
        Views.Loaded<MemberImportView> loaded = views.load(MemberImportView.class);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(messages.get("import.wizard.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().getStyleClass().add("form-dialog"); // sized to the wizard, not to the theme's 600 px
        dialog.getDialogPane().setContent(loaded.root());
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("import.wizard.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0)).setId("closeImportButton");
        dialog.setOnHidden(e -> {
            loaded.view().viewModel().cancel();
            if (loaded.view().viewModel().resultProperty().get() != null) {
                afterImport.run();
            }
        });
        dialogs.show(dialog);
    }

    /** Opens the work list "Cần bổ sung" (what imports inferred or found missing) in a dialog. */
    void openWorkList() {
        vn.sochibo.member.WorkListView view = new vn.sochibo.member.WorkListView(
                new vn.sochibo.member.WorkListViewModel(services.members(), executor, messages), messages);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(messages.get("workList.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().getStyleClass().add("form-dialog");
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("workList.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        view.viewModel().load();
        dialogs.show(dialog);
    }

    /**
     * Asks where to save and writes {@code members} (the list as shown) as .xlsx in the background; {@code done}
     * gets the sentence saying where (shown in the list's message bar, not in a window of its own).
     */
    void export(List<MemberSummary> members, java.util.function.Consumer<String> done) {
        files.save(messages.get("member.list.exportExcel"), FileKind.WORKBOOK, messages.get("export.fileName")).ifPresent((Path target) ->
                executor.submit(p -> {
                    services.exports().export(target, members);
                    return members.size();
                }, n -> done.accept(messages.get("cli.export.done", n, target)),
                        failure -> dialogs.error(messages.get("member.list.exportExcel"), messages.describe(failure))));
    }
}
