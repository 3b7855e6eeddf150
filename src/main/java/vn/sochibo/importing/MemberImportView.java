package vn.sochibo.importing;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.importing.doc.ColumnField;
import vn.sochibo.ui.FileDialogs;
import vn.sochibo.ui.FileKind;

/** Code-behind of the import wizard: binds the controls to {@link MemberImportViewModel}; no logic. */
public final class MemberImportView {

    private final MemberImportViewModel viewModel;
    private final FileDialogs files;
    private final Messages messages;

    @FXML private BorderPane root;
    @FXML private Label fileLabel;
    @FXML private ComboBox<String> sheetBox;
    @FXML private Label convertedLabel;
    @FXML private TableView<MemberImportViewModel.MappingLine> mappingTable;
    @FXML private TableColumn<MemberImportViewModel.MappingLine, String> letterColumn;
    @FXML private TableColumn<MemberImportViewModel.MappingLine, String> headerColumn;
    @FXML private TableColumn<MemberImportViewModel.MappingLine, ColumnField> fieldColumn;
    @FXML private TableColumn<MemberImportViewModel.MappingLine, String> noteColumn;
    @FXML private TableColumn<PreviewRow, String> statusColumn;
    @FXML private TableColumn<PreviewRow, String> toCompleteColumn;
    @FXML private Label formLabel;
    @FXML private TableView<PreviewRow> previewTable;
    @FXML private TableColumn<PreviewRow, Integer> rowColumn;
    @FXML private TableColumn<PreviewRow, String> stateColumn;
    @FXML private TableColumn<PreviewRow, String> nameColumn;
    @FXML private TableColumn<PreviewRow, String> birthColumn;
    @FXML private TableColumn<PreviewRow, String> problemsColumn;
    @FXML private Label importSummaryLabel;
    @FXML private Label importProblemLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Button previewButton;
    @FXML private Button reportButton;
    @FXML private Button commitButton;
    @FXML private Button chooseFileButton;
    @FXML private Button cancelButton;
    @FXML private javafx.scene.control.ScrollPane messagesPane;
    @FXML private javafx.scene.layout.HBox progressBox;
    @FXML private javafx.scene.control.TabPane stepTabs;
    @FXML private javafx.scene.control.Tab columnsTab;
    @FXML private javafx.scene.control.Tab previewTab;
    @FXML private TableColumn<PreviewRow, String> changesColumn;
    @FXML private org.controlsfx.control.SearchableComboBox<String> subBranchForNewBox;

    public MemberImportView(MemberImportViewModel viewModel, FileDialogs files, Messages messages) {
        this.viewModel = viewModel;
        this.files = files;
        this.messages = messages;
    }

    public MemberImportViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        fileLabel.textProperty().bind(viewModel.fileProperty().map(p -> p.getFileName().toString()).orElse(messages.get("import.wizard.noFile")));
        sheetBox.setItems(viewModel.sheets());
        sheetBox.valueProperty().bindBidirectional(viewModel.sheetProperty());
        sheetBox.disableProperty().bind(viewModel.busyProperty());
        convertedLabel.textProperty().bind(viewModel.convertedProperty());
        mappingTable.setItems(viewModel.mapping());
        letterColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column().letter()));
        headerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column().header()));
        noteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note()));
        formLabel.textProperty().bind(viewModel.formProperty());
        formLabel.managedProperty().bind(viewModel.formProperty().isNotEmpty());
        fieldColumn.setCellValueFactory(c -> c.getValue().fieldProperty());
        StringConverter<ColumnField> fieldNames = new StringConverter<>() {
            @Override
            public String toString(ColumnField field) {
                return field == null ? "" : viewModel.fieldLabel(field);
            }

            @Override
            public ColumnField fromString(String text) {
                return null;
            }
        };
        fieldColumn.setCellFactory(col -> {
            ComboBoxTableCell<MemberImportViewModel.MappingLine, ColumnField> cell =
                    new ComboBoxTableCell<>(fieldNames, FXCollections.observableArrayList(ColumnField.values()));
            cell.setWrapText(true);
            return cell;
        });
        fieldColumn.setEditable(true);
        vn.sochibo.ui.Styles.scaleColumnsWithText(mappingTable);
        vn.sochibo.ui.Styles.scaleColumnsWithText(previewTable);
        // long headers and field names wrap onto a second line instead of ending in "…"
        headerColumn.setCellFactory(col -> vn.sochibo.ui.Cells.wrapping());
        noteColumn.setCellFactory(col -> vn.sochibo.ui.Cells.wrapping());
        changesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.changesText(c.getValue())));
        for (TableColumn<PreviewRow, String> column : java.util.List.of(changesColumn, toCompleteColumn, problemsColumn, nameColumn)) {
            column.setCellFactory(col -> vn.sochibo.ui.Cells.wrapping());
        }
        previewTable.setItems(viewModel.rows());
        rowColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rowNumber()));
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.stateText(c.getValue())));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().draft().fullName()));
        birthColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().draft().birthDate() != null
                ? Formats.date(c.getValue().draft().birthDate())
                : c.getValue().draft().birthYear() == null ? "" : String.valueOf(c.getValue().draft().birthYear())));
        problemsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.problemsText(c.getValue())));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.statusText(c.getValue())));
        toCompleteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.toCompleteText(c.getValue())));
        importSummaryLabel.textProperty().bind(viewModel.summaryProperty());
        messagesPane.visibleProperty().bind(viewModel.summaryProperty().isNotEmpty().or(viewModel.problemProperty().isNotEmpty()));
        messagesPane.managedProperty().bind(messagesPane.visibleProperty());
        importProblemLabel.textProperty().bind(viewModel.problemProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressBox.visibleProperty().bind(viewModel.busyProperty());
        progressBox.managedProperty().bind(viewModel.busyProperty());
        cancelButton.disableProperty().bind(viewModel.busyProperty().not());
        subBranchForNewBox.getItems().setAll((String) null);
        viewModel.subBranches().addListener((javafx.collections.ListChangeListener<String>) c -> {
            subBranchForNewBox.getItems().setAll((String) null);
            subBranchForNewBox.getItems().addAll(viewModel.subBranches());
        });
        subBranchForNewBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? messages.get("import.wizard.subBranchNone") : name;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        subBranchForNewBox.valueProperty().bindBidirectional(viewModel.subBranchForNewProperty());
        subBranchForNewBox.disableProperty().bind(viewModel.busyProperty().or(viewModel.resultProperty().isNotNull()));
        previewTab.disableProperty().bind(viewModel.previewProperty().isNull());
        viewModel.stepProperty().addListener((obs, o, step) -> stepTabs.getSelectionModel()
                .select(step == MemberImportViewModel.Step.PREVIEW ? previewTab : columnsTab));
        columnsTab.selectedProperty().addListener((obs, o, selected) -> {
            if (selected) {
                viewModel.showColumns();
            }
        });
        chooseFileButton.disableProperty().bind(viewModel.busyProperty());
        previewButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.fileProperty().isNull()));
        reportButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.previewProperty().isNull()));
        commitButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.previewProperty().isNull())
                .or(viewModel.resultProperty().isNotNull()));
    }

    @FXML
    private void onChooseFile() {
        files.open(messages.get("import.wizard.chooseFile"), FileKind.WORKBOOK_TO_READ).ifPresent(viewModel::open);
    }

    @FXML
    private void onPreview() {
        viewModel.preview();
    }

    @FXML
    private void onCommit() {
        viewModel.commit();
    }

    @FXML
    private void onSaveReport() {
        files.save(messages.get("import.wizard.saveReport"), FileKind.WORKBOOK, messages.get("import.wizard.reportFile"))
                .ifPresent(viewModel::saveErrorReport);
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }

    /** The wizard's root node. */
    public BorderPane root() {
        return root;
    }
}
