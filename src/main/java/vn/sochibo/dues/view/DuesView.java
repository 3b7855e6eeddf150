package vn.sochibo.dues.view;

import java.time.YearMonth;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import vn.sochibo.common.Messages;
import vn.sochibo.dues.Dong;
import vn.sochibo.dues.Months;
import vn.sochibo.dues.PaymentMethod;
import vn.sochibo.ui.DateFields;
import vn.sochibo.ui.Dialogs;
import vn.sochibo.ui.FileDialogs;
import vn.sochibo.ui.FileKind;
import vn.sochibo.ui.Views;

/**
 * Code-behind of the dues book: the month's table, the entry bar worked from the keyboard (Enter in the table goes to
 * the amount, Enter in the amount or reason records the line and moves to the next, Esc back to the table, Ctrl+S
 * saves), the exports, and the statistics tab.
 */
public final class DuesView {

    private final DuesViewModel viewModel;
    private final DuesStatisticsViewModel statistics;
    private final Views views;
    private final Dialogs dialogs;
    private final Messages messages;
    private final FileDialogs files;

    @FXML private TextField monthField;
    @FXML private ComboBox<String> issuerBox;
    @FXML private Label totalsLabel;
    @FXML private Label flagsLabel;
    @FXML private Label problemLabel;
    @FXML private Label messageLabel;
    @FXML private TableView<DuesViewModel.Row> duesTable;
    @FXML private TableColumn<DuesViewModel.Row, String> indexColumn;
    @FXML private TableColumn<DuesViewModel.Row, String> nameColumn;
    @FXML private TableColumn<DuesViewModel.Row, String> kindColumn;
    @FXML private TableColumn<DuesViewModel.Row, String> basisColumn;
    @FXML private TableColumn<DuesViewModel.Row, String> dueColumn;
    @FXML private TableColumn<DuesViewModel.Row, String> paidColumn;
    @FXML private TableColumn<DuesViewModel.Row, String> paidOnColumn;
    @FXML private TableColumn<DuesViewModel.Row, String> methodColumn;
    @FXML private TableColumn<DuesViewModel.Row, String> statusColumn;
    @FXML private TextField amountField;
    @FXML private DatePicker paidOnPicker;
    @FXML private ComboBox<PaymentMethod> methodBox;
    @FXML private TextField reasonField;
    @FXML private Button applyButton;
    @FXML private Button basisButton;
    @FXML private Button saveDuesButton;
    @FXML private Button discardButton;
    @FXML private Label pendingLabel;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private Label statsProblemLabel;
    @FXML private TableView<DuesStatisticsViewModel.Line> byMonthTable;
    @FXML private TableColumn<DuesStatisticsViewModel.Line, String> monthLabelColumn;
    @FXML private TableColumn<DuesStatisticsViewModel.Line, String> monthMembersColumn;
    @FXML private TableColumn<DuesStatisticsViewModel.Line, String> monthDueColumn;
    @FXML private TableColumn<DuesStatisticsViewModel.Line, String> monthCollectedColumn;
    @FXML private TableColumn<DuesStatisticsViewModel.Line, String> monthKeptColumn;
    @FXML private TableColumn<DuesStatisticsViewModel.Line, String> monthRemittedColumn;
    @FXML private TableView<DuesStatisticsViewModel.Line> byKindTable;
    @FXML private TableColumn<DuesStatisticsViewModel.Line, String> kindLabelColumn;
    @FXML private TableColumn<DuesStatisticsViewModel.Line, String> kindMembersColumn;
    @FXML private TableColumn<DuesStatisticsViewModel.Line, String> kindDueColumn;
    @FXML private TableColumn<DuesStatisticsViewModel.Line, String> kindCollectedColumn;
    @FXML private BarChart<String, Number> collectedChart;
    @FXML private javafx.scene.chart.NumberAxis chartAmountAxis;

    public DuesView(DuesViewModel viewModel, DuesStatisticsViewModel statistics, Views views, Dialogs dialogs, Messages messages,
                    FileDialogs files) {
        this.viewModel = viewModel;
        this.statistics = statistics;
        this.views = views;
        this.dialogs = dialogs;
        this.messages = messages;
        this.files = files;
    }

    public DuesViewModel viewModel() {
        return viewModel;
    }

    /**
     * Shows {@code month} (null: the month shown) with the member's line selected, as a dues reminder asks. When
     * typed changes are not saved and the clerk keeps them, the month shown stays.
     */
    public void open(long memberId, YearMonth month) {
        if (month != null && !month.equals(viewModel.monthProperty().get()) && confirmDrop()) {
            viewModel.showMonth(month);
        }
        viewModel.select(memberId);
    }

    @FXML
    private void initialize() {
        monthField.setText(Months.text(viewModel.monthProperty().get()));
        viewModel.monthProperty().addListener((obs, o, n) -> monthField.setText(Months.text(n)));
        monthField.setOnAction(e -> {
            if (confirmDrop()) {
                viewModel.showMonth(monthField.getText());
            }
        });
        issuerBox.setItems(viewModel.issuers());
        issuerBox.setConverter(DuesBasisView.converter(s -> s.isEmpty() ? messages.get("dues.view.allIssuers") : s));
        issuerBox.valueProperty().bindBidirectional(viewModel.issuerProperty());
        totalsLabel.textProperty().bind(viewModel.totalsProperty());
        flagsLabel.textProperty().bind(viewModel.flagsTextProperty());
        flagsLabel.managedProperty().bind(viewModel.flagsTextProperty().isNotEmpty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemLabel.managedProperty().bind(viewModel.problemProperty().isNotEmpty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.managedProperty().bind(viewModel.messageProperty().isNotEmpty());

        duesTable.setItems(viewModel.rows());
        indexColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : Integer.toString(getIndex() + 1));
            }
        });
        text(nameColumn, DuesViewModel.Row::name);
        withTip(kindColumn, DuesViewModel.Row::kind);
        text(basisColumn, DuesViewModel.Row::basis);
        text(dueColumn, DuesViewModel.Row::due);
        text(paidColumn, DuesViewModel.Row::paid);
        text(paidOnColumn, DuesViewModel.Row::paidOn);
        text(methodColumn, DuesViewModel.Row::method);
        withTip(statusColumn, DuesViewModel.Row::status);
        dueColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
        paidColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
        duesTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(DuesViewModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("dues-pending", "dues-flagged");
                if (!empty && item != null && item.pending() != null) {
                    getStyleClass().add("dues-pending");
                } else if (!empty && item != null && item.flags() != null && item.flags().removal()) {
                    getStyleClass().add("dues-flagged");
                }
            }
        });
        // amounts, dates and names keep their width at every text size; the kind, the method and the standing give way
        vn.sochibo.ui.Styles.fitColumns(duesTable, kindColumn, statusColumn, methodColumn);
        duesTable.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null && n != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(n);
            }
        });
        viewModel.selectedProperty().addListener((obs, o, n) -> {
            if (n != null && duesTable.getSelectionModel().getSelectedItem() != n) {
                duesTable.getSelectionModel().select(n);
                duesTable.scrollTo(Math.max(0, duesTable.getSelectionModel().getSelectedIndex() - 3));
            }
        });
        duesTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && viewModel.selectedProperty().get() != null) {
                e.consume();
                amountField.requestFocus();
                amountField.selectAll();
            }
        });
        amountField.textProperty().bindBidirectional(viewModel.amountTextProperty());
        reasonField.textProperty().bindBidirectional(viewModel.reasonTextProperty());
        DateFields.setUp(paidOnPicker);
        paidOnPicker.valueProperty().bindBidirectional(viewModel.paidOnProperty());
        methodBox.getItems().setAll(PaymentMethod.values());
        methodBox.setConverter(DuesBasisView.converter(messages::label));
        methodBox.valueProperty().bindBidirectional(viewModel.methodProperty());
        amountField.setOnAction(e -> applyAndStay());
        reasonField.setOnAction(e -> applyAndStay());
        for (javafx.scene.Node field : new javafx.scene.Node[] {amountField, reasonField}) {
            field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                    duesTable.requestFocus();
                }
            });
        }
        var noSelection = viewModel.selectedProperty().isNull();
        applyButton.disableProperty().bind(noSelection.or(viewModel.busyProperty()));
        basisButton.disableProperty().bind(noSelection);
        saveDuesButton.disableProperty().bind(viewModel.pendingCountProperty().isEqualTo(0).or(viewModel.busyProperty()));
        discardButton.disableProperty().bind(viewModel.pendingCountProperty().isEqualTo(0));
        pendingLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> viewModel.pendingCountProperty().get() == 0
                ? "" : messages.get("dues.view.pendingCount", viewModel.pendingCountProperty().get()), viewModel.pendingCountProperty()));
        duesTable.sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), viewModel::save);
            }
        });
        setUpStatistics();
        viewModel.load();
    }

    private void setUpStatistics() {
        yearBox.setItems(statistics.years());
        yearBox.valueProperty().bindBidirectional(statistics.yearProperty());
        statsProblemLabel.textProperty().bind(statistics.problemProperty());
        byMonthTable.setItems(statistics.byMonth());
        text(monthLabelColumn, DuesStatisticsViewModel.Line::label);
        text(monthMembersColumn, DuesStatisticsViewModel.Line::members);
        text(monthDueColumn, DuesStatisticsViewModel.Line::due);
        text(monthCollectedColumn, DuesStatisticsViewModel.Line::collected);
        text(monthKeptColumn, DuesStatisticsViewModel.Line::kept);
        text(monthRemittedColumn, DuesStatisticsViewModel.Line::remitted);
        byKindTable.setItems(statistics.byKind());
        text(kindLabelColumn, DuesStatisticsViewModel.Line::label);
        text(kindMembersColumn, DuesStatisticsViewModel.Line::members);
        text(kindDueColumn, DuesStatisticsViewModel.Line::due);
        text(kindCollectedColumn, DuesStatisticsViewModel.Line::collected);
        chartAmountAxis.setTickLabelFormatter(DuesBasisView.converter(n -> Dong.format(n.longValue()))); // "3.000.000"
        statistics.byMonth().addListener((javafx.collections.ListChangeListener<DuesStatisticsViewModel.Line>) c -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            for (DuesStatisticsViewModel.Line line : statistics.byMonth()) {
                series.getData().add(new XYChart.Data<>(line.label(), line.collectedAmount()));
            }
            collectedChart.getData().setAll(java.util.List.of(series));
        });
        statistics.load();
    }

    /** A text column whose cells show their whole text as a tooltip (it is cut when the column is narrow). */
    private static <S> void withTip(TableColumn<S, String> column, Function<S, String> value) {
        text(column, value);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
    }

    private static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** Reloads the month and the statistics (called when the screen is shown). */
    public void refresh() {
        if (!viewModel.hasPending()) {
            viewModel.load();
        }
        statistics.load();
    }

    private void applyAndStay() {
        if (viewModel.applyForm()) {
            amountField.requestFocus();
            amountField.selectAll();
        }
    }

    /** True when there is nothing unsaved, or the clerk agrees to drop it. */
    private boolean confirmDrop() {
        return !viewModel.hasPending() || dialogs.confirm(messages.get("dues.view.drop.title"), messages.get("dues.view.drop.question",
                viewModel.pendingCountProperty().get()));
    }

    @FXML
    private void onPrevious() {
        if (confirmDrop()) {
            viewModel.showMonth(viewModel.monthProperty().get().minusMonths(1));
        }
    }

    @FXML
    private void onNext() {
        if (confirmDrop()) {
            viewModel.showMonth(viewModel.monthProperty().get().plusMonths(1));
        }
    }

    @FXML
    private void onApply() {
        applyAndStay();
    }

    @FXML
    private void onAllPaid() {
        viewModel.allPaidAsDue();
        duesTable.requestFocus();
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onDiscard() {
        viewModel.discard();
    }

    @FXML
    private void onBasis() {
        DuesViewModel.Row row = viewModel.selectedProperty().get();
        if (row != null) {
            DuesBasisView.open(views, dialogs, messages, row.memberId(), row.name());
            refresh();
        }
    }

    @FXML
    private void onImportBases() {
        if (BasisImportView.open(views, dialogs, messages) > 0) {
            refresh();
        }
    }

    @FXML
    private void onExportList() {
        files.save(messages.get("dues.view.exportList"), FileKind.WORKBOOK, viewModel.listFileName())
                .ifPresent(viewModel::exportList);
    }

    @FXML
    private void onExportBook() {
        files.save(messages.get("dues.view.exportBook"), FileKind.WORKBOOK, viewModel.bookFileName())
                .ifPresent(viewModel::exportBook);
    }
}
