package vn.sochibo.evaluation.view;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

import vn.sochibo.common.Messages;
import vn.sochibo.evaluation.YearRecord;
import vn.sochibo.evaluation.service.EntryState;
import vn.sochibo.ui.Dialogs;
import vn.sochibo.ui.FileDialogs;
import vn.sochibo.ui.FileKind;

/**
 * Code-behind of the evaluation screen: a chi bộ and year at the top, the members with their grades on the left and
 * the selected member's form on the right, the "Chi bộ" page, the statistics by year; the year's sentence and
 * warnings at the bottom. Keyboard: arrows choose a member, Enter goes to the form, Ctrl+S saves, Ctrl+Enter saves
 * and moves to the next member.
 */
public final class EvaluationView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE_NEXT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final EvaluationViewModel viewModel;
    private final Messages messages;
    private final FileDialogs saveFiles;
    private final Dialogs dialogs;

    @FXML private BorderPane root;
    @FXML private ComboBox<String> issuerCombo;
    @FXML private ComboBox<YearRecord> yearCombo;
    @FXML private TextField newYearField;
    @FXML private Button openYearButton;
    @FXML private Button refreshRollButton;
    @FXML private Button deleteYearButton;
    @FXML private Button exportListButton;
    @FXML private Button exportReportButton;
    @FXML private TabPane tabs;
    @FXML private Tab membersTab;
    @FXML private Tab yearTab;
    @FXML private TableView<EntryState> entryTable;
    @FXML private TableColumn<EntryState, String> numberColumn;
    @FXML private TableColumn<EntryState, String> nameColumn;
    @FXML private TableColumn<EntryState, String> totalColumn;
    @FXML private TableColumn<EntryState, String> computedColumn;
    @FXML private TableColumn<EntryState, String> proposedColumn;
    @FXML private TableColumn<EntryState, String> voteColumn;
    @FXML private TableColumn<EntryState, String> decidedColumn;
    @FXML private TableColumn<EntryState, String> flagsColumn;
    @FXML private TableView<String[]> historyTable;
    @FXML private Label sentenceLabel;
    @FXML private Label warningsLabel;
    @FXML private Label messageLabel;
    @FXML private Label repeatLabel;
    @FXML private Label wideLabel;
    @FXML private EntryFormView entryFormController;
    @FXML private YearPageView yearPageController;

    public EvaluationView(EvaluationViewModel viewModel, Messages messages, FileDialogs saveFiles, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.saveFiles = saveFiles;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        issuerCombo.setItems(viewModel.issuers());
        issuerCombo.valueProperty().bindBidirectional(viewModel.issuerProperty());
        yearCombo.setItems(viewModel.years());
        yearCombo.setCellFactory(list -> new YearCell());
        yearCombo.setButtonCell(new YearCell());
        yearCombo.valueProperty().bindBidirectional(viewModel.yearProperty());
        newYearField.textProperty().bindBidirectional(viewModel.newYearProperty());
        openYearButton.disableProperty().bind(viewModel.busyProperty().or(issuerCombo.valueProperty().isNull()));
        for (Button b : new Button[] {refreshRollButton, deleteYearButton, exportListButton, exportReportButton}) {
            b.disableProperty().bind(viewModel.busyProperty().or(yearCombo.valueProperty().isNull()));
        }
        entryTable.setItems(viewModel.entries());
        numberColumn.setCellValueFactory(c -> text(String.valueOf(c.getValue().entry().position())));
        column(totalColumn, "total");
        nameColumn.setCellValueFactory(c -> text(c.getValue().entry().fullName()
                + (c.getValue().entry().draft().formKind() == null ? "" : " (" + c.getValue().entry().draft().formKind().code() + ")")));
        column(computedColumn, "computed");
        column(proposedColumn, "proposed");
        column(voteColumn, "vote");
        column(decidedColumn, "decided");
        flagsColumn.setCellValueFactory(c -> text(c.getValue().entry().participation().evaluated()
                ? viewModel.cell(c.getValue(), "flags") : viewModel.cell(c.getValue(), "participation")));
        entryTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> viewModel.select(now));
        viewModel.selectionProperty().addListener((o, was, now) -> reselect(now));
        entryTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && entryTable.getSelectionModel().getSelectedItem() != null) {
                entryFormController.focusFirstField();
                e.consume();
            }
        });
        for (int i = 0; i < historyTable.getColumns().size(); i++) {
            int index = i;
            @SuppressWarnings("unchecked")
            TableColumn<String[], String> col = (TableColumn<String[], String>) historyTable.getColumns().get(i);
            col.setCellValueFactory(c -> text(c.getValue()[index]));
        }
        historyTable.setItems(viewModel.history());
        vn.sochibo.ui.Styles.scaleColumnsWithText(entryTable);
        vn.sochibo.ui.Styles.scaleColumnsWithText(historyTable);
        sentenceLabel.textProperty().bind(viewModel.sentenceProperty());
        sentenceLabel.visibleProperty().bind(viewModel.sentenceProperty().isNotEmpty());
        sentenceLabel.managedProperty().bind(sentenceLabel.visibleProperty());
        warningsLabel.textProperty().bind(viewModel.warningsProperty());
        warningsLabel.visibleProperty().bind(viewModel.warningsProperty().isNotEmpty());
        warningsLabel.managedProperty().bind(warningsLabel.visibleProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        repeatLabel.textProperty().bind(viewModel.repeatProperty());
        wideLabel.textProperty().bind(viewModel.wideProperty());
        entryFormController.bind(viewModel.form(), this::afterSave, this::afterSaveNext);
        yearPageController.bind(viewModel.page(), viewModel::meetingLabel, () -> viewModel.reload(null));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    /** Loads the chi bộ, their years and the year shown (called whenever the screen is shown). */
    public void refresh() {
        viewModel.load();
    }

    @FXML
    private void onOpenYear() {
        viewModel.openYear();
    }

    @FXML
    private void onRefreshRoll() {
        viewModel.refreshRoll();
    }

    @FXML
    private void onDeleteYear() {
        YearRecord y = yearCombo.getValue();
        if (y == null) {
            return;
        }
        dialogs.confirmDestructive(messages.get("evaluation.view.delete.title"),
                messages.get("evaluation.view.delete.question", y.year(), y.issuer()),
                messages.get("evaluation.view.delete.reason")).ifPresent(viewModel::deleteYear);
    }

    @FXML
    private void onExportList() {
        saveFiles.save(messages.get("evaluation.view.exportList"), FileKind.WORKBOOK, viewModel.suggestedName(true))
                .ifPresent(viewModel::exportList);
    }

    @FXML
    private void onExportReport() {
        saveFiles.save(messages.get("evaluation.view.exportReport"), FileKind.DOCUMENT, viewModel.suggestedName(false))
                .ifPresent(viewModel::exportReport);
    }

    private void shortcut(KeyEvent e) {
        boolean members = tabs.getSelectionModel().getSelectedItem() == membersTab;
        if (SAVE.match(e)) {
            if (members) {
                viewModel.form().save(this::afterSave);
            } else if (tabs.getSelectionModel().getSelectedItem() == yearTab) {
                viewModel.page().save(() -> viewModel.reload(null));
            }
            e.consume();
        } else if (SAVE_NEXT.match(e) && members) {
            viewModel.form().save(this::afterSaveNext);
            e.consume();
        }
    }

    private void afterSave() {
        EntryState selected = entryTable.getSelectionModel().getSelectedItem();
        viewModel.reload(selected == null ? null : selected.entry().id());
    }

    private void afterSaveNext() {
        int index = entryTable.getSelectionModel().getSelectedIndex();
        int next = Math.min(index + 1, entryTable.getItems().size() - 1);
        EntryState target = next >= 0 ? entryTable.getItems().get(next) : null;
        viewModel.reload(target == null ? null : target.entry().id());
    }

    private void reselect(EntryState entry) {
        if (entry == null) {
            entryTable.getSelectionModel().clearSelection();
            return;
        }
        for (int i = 0; i < entryTable.getItems().size(); i++) {
            if (entryTable.getItems().get(i).entry().id() == entry.entry().id()) {
                entryTable.getSelectionModel().select(i);
                entryTable.scrollTo(Math.max(0, i - 3));
                entryFormController.focusFirstField();
                return;
            }
        }
    }

    private void column(TableColumn<EntryState, String> column, String name) {
        column.setCellValueFactory(c -> text(c.getValue().entry().participation().evaluated()
                ? viewModel.cell(c.getValue(), name) : ""));
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }

    /** A year by its label. */
    private final class YearCell extends ListCell<YearRecord> {
        @Override
        protected void updateItem(YearRecord item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : viewModel.yearLabel(item));
        }
    }
}
