package vn.sochibo.dues.view;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import vn.sochibo.common.Messages;
import vn.sochibo.dues.BasisLine;
import vn.sochibo.ui.FileDialogs;
import vn.sochibo.ui.FileKind;

/** Code-behind of the import of dues bases (a dialog): choose the file, read the preview, import the good rows. */
public final class BasisImportView {

    private final BasisImportViewModel viewModel;
    private final FileDialogs files;
    private final Messages messages;

    @FXML private TableView<BasisLine> previewTable;
    @FXML private TableColumn<BasisLine, String> rowColumn;
    @FXML private TableColumn<BasisLine, String> nameColumn;
    @FXML private TableColumn<BasisLine, String> readColumn;
    @FXML private TableColumn<BasisLine, String> statusColumn;
    @FXML private Label summaryLabel;
    @FXML private Label problemLabel;
    @FXML private Button chooseFileButton;

    public BasisImportView(BasisImportViewModel viewModel, FileDialogs files, Messages messages) {
        this.viewModel = viewModel;
        this.files = files;
        this.messages = messages;
    }

    public BasisImportViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        previewTable.setItems(viewModel.lines());
        rowColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().row())));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        readColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.basisText(c.getValue())));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.status(c.getValue())));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        chooseFileButton.disableProperty().bind(viewModel.busyProperty());
    }

    /** Opens the import in a dialog; returns, once it is closed, how many bases were imported. */
    public static int open(vn.sochibo.ui.Views views, vn.sochibo.ui.Dialogs dialogs, Messages messages) {
        vn.sochibo.ui.Views.Loaded<BasisImportView> loaded = views.load(BasisImportView.class);
        BasisImportViewModel vm = loaded.view().viewModel();
        javafx.scene.control.Dialog<Integer> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle(messages.get("dues.import.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(loaded.root());
        javafx.scene.control.ButtonType importType = new javafx.scene.control.ButtonType(messages.get("dues.import.button"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType closeType = new javafx.scene.control.ButtonType(messages.get("dues.basis.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(importType, closeType);
        dialog.setResultConverter(b -> null);
        javafx.scene.control.Button importButton = (javafx.scene.control.Button) dialog.getDialogPane().lookupButton(importType);
        importButton.setId("importBasesButton");
        importButton.disableProperty().bind(vm.canImportProperty().not().or(vm.busyProperty()));
        importButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            vm.importGoodRows(n -> {
                dialog.setResult(n);
                dialog.close();
            });
        });
        return dialogs.show(dialog).orElse(0);
    }

    @FXML
    private void onChooseFile() {
        files.open(messages.get("dues.import.title"), FileKind.WORKBOOK_TO_READ).ifPresent(viewModel::preview);
    }
}
