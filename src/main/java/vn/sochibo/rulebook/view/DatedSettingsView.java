package vn.sochibo.rulebook.view;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

import vn.sochibo.ui.DateFields;

/** Code-behind of "Quy định theo ngày" in Settings. */
public final class DatedSettingsView {

    private final DatedSettingsViewModel viewModel;

    @FXML private TextField settingFilterField;
    @FXML private TableView<DatedSettingsViewModel.Setting> settingTable;
    @FXML private TableColumn<DatedSettingsViewModel.Setting, String> settingLabelColumn;
    @FXML private TableColumn<DatedSettingsViewModel.Setting, String> settingValueColumn;
    @FXML private TableColumn<DatedSettingsViewModel.Setting, String> settingFromColumn;
    @FXML private TableView<DatedSettingsViewModel.Value> historyTable;
    @FXML private TableColumn<DatedSettingsViewModel.Value, String> historyFromColumn;
    @FXML private TableColumn<DatedSettingsViewModel.Value, String> historyValueColumn;
    @FXML private TableColumn<DatedSettingsViewModel.Value, String> historyWhoColumn;
    @FXML private TableColumn<DatedSettingsViewModel.Value, String> historySourceColumn;
    @FXML private DatePicker newFromPicker;
    @FXML private TextField newValueField;
    @FXML private TextField newReasonField;
    @FXML private Button saveSettingButton;
    @FXML private Button removeSettingButton;
    @FXML private Label settingProblemLabel;
    @FXML private Label settingMessageLabel;

    public DatedSettingsView(DatedSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public DatedSettingsViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        settingFilterField.textProperty().bindBidirectional(viewModel.filterProperty());
        settingTable.setItems(viewModel.rows());
        settingLabelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        settingValueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        settingFromColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().from()));
        settingTable.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> viewModel.selectedProperty().set(n));
        viewModel.selectedProperty().addListener((obs, o, n) -> {
            if (settingTable.getSelectionModel().getSelectedItem() != n) {
                settingTable.getSelectionModel().select(n);
            }
        });
        settingValueColumn.setCellFactory(c -> new SourceTipCell());
        settingLabelColumn.setCellFactory(c -> new TextTipCell<>());
        historySourceColumn.setCellFactory(c -> new TextTipCell<>());
        historyTable.setItems(viewModel.history());
        historyFromColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().from()));
        historyValueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().shown()));
        historyWhoColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().who()));
        historySourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source()));
        historyTable.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> viewModel.selectedValueProperty().set(n));
        DateFields.setUp(newFromPicker);
        newFromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        newValueField.textProperty().bindBidirectional(viewModel.valueProperty());
        newReasonField.textProperty().bindBidirectional(viewModel.reasonProperty());
        saveSettingButton.disableProperty().bind(viewModel.canSaveProperty().not());
        removeSettingButton.disableProperty().bind(viewModel.canRemoveProperty().not());
        settingProblemLabel.textProperty().bind(viewModel.problemProperty());
        settingMessageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.load();
    }

    @FXML
    private void onSaveSetting() {
        viewModel.save();
    }

    @FXML
    private void onRemoveSetting() {
        viewModel.remove();
    }

    /** A text cell with its whole text as a tooltip (it is cut when the column is narrow). */
    private static final class TextTipCell<S> extends TableCell<S, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
        }
    }

    /** The value in force, with the text it comes from as a tooltip. */
    private static final class SourceTipCell extends TableCell<DatedSettingsViewModel.Setting, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            DatedSettingsViewModel.Setting row = empty || getTableRow() == null ? null : getTableRow().getItem();
            setTooltip(row == null || row.source().isEmpty() ? null : new Tooltip(row.source()));
        }
    }
}
