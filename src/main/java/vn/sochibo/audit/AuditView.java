package vn.sochibo.audit;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import vn.sochibo.common.Messages;
import vn.sochibo.ui.DateFields;
import vn.sochibo.ui.FileDialogs;
import vn.sochibo.ui.FileKind;

/** Code-behind of the audit log page: binds the filters, the table and the details to the view model. */
public final class AuditView {

    /** A filter choice: a value (null: all) and its label. */
    private record Choice<T>(T value, String label) {
    }

    private final AuditViewModel viewModel;
    private final Messages messages;
    private final FileDialogs files;

    @FXML private DatePicker fromDatePicker;
    @FXML private DatePicker toDatePicker;
    @FXML private ComboBox<Choice<AuditKind>> kindBox;
    @FXML private ComboBox<Choice<AuditAction>> actionBox;
    @FXML private TextField auditSearchField;
    @FXML private Button exportAuditButton;
    @FXML private Button loadMoreButton;
    @FXML private Label shownLabel;
    @FXML private Label problemLabel;
    @FXML private Label exportMessageLabel;
    @FXML private TableView<AuditViewModel.Row> auditTable;
    @FXML private TableColumn<AuditViewModel.Row, String> timeColumn;
    @FXML private TableColumn<AuditViewModel.Row, String> operationColumn;
    @FXML private TableColumn<AuditViewModel.Row, String> actionColumn;
    @FXML private TableColumn<AuditViewModel.Row, String> objectColumn;
    @FXML private TableColumn<AuditViewModel.Row, String> changesColumn;
    @FXML private Label detailTitleLabel;
    @FXML private Label detailInfoLabel;
    @FXML private GridPane detailGrid;

    public AuditView(AuditViewModel viewModel, Messages messages, FileDialogs files) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.files = files;
    }

    public AuditViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        DateFields.setUp(fromDatePicker);
        DateFields.setUp(toDatePicker);
        fromDatePicker.setPromptText(messages.get("common.date.prompt")); // words a clerk reads, not "dd/MM/yyyy"
        toDatePicker.setPromptText(messages.get("common.date.prompt"));
        fromDatePicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toDatePicker.valueProperty().bindBidirectional(viewModel.toProperty());
        auditSearchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        setUpChoices(kindBox, "audit.filter.allKinds", AuditKind.values(), viewModel.kindProperty());
        setUpChoices(actionBox, "audit.filter.allActions", AuditAction.values(), viewModel.actionProperty());

        shownLabel.textProperty().bind(viewModel.shownProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemLabel.managedProperty().bind(viewModel.problemProperty().isNotEmpty());
        exportMessageLabel.textProperty().bind(viewModel.exportMessageProperty());
        exportAuditButton.disableProperty().bind(viewModel.exportingProperty());
        loadMoreButton.visibleProperty().bind(viewModel.moreProperty());
        loadMoreButton.managedProperty().bind(viewModel.moreProperty());
        loadMoreButton.disableProperty().bind(viewModel.busyProperty());

        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().time()));
        operationColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().operation()));
        actionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().action()));
        objectColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().object()));
        changesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().changes()));
        actionColumn.setCellFactory(column -> new ActionCell());
        operationColumn.setCellFactory(column -> new TipCell());
        objectColumn.setCellFactory(column -> new TipCell());
        changesColumn.setCellFactory(column -> new TipCell());
        auditTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        auditTable.setItems(viewModel.rows());
        auditTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.select(row));
        vn.sochibo.ui.Styles.scaleColumnsWithText(auditTable);

        detailTitleLabel.textProperty().bind(viewModel.detailTitleProperty());
        detailInfoLabel.textProperty().bind(viewModel.detailInfoProperty());
        viewModel.detailsProperty().addListener((obs, old, details) -> showDetails(details));
        showDetails(null);
    }

    /** Reads the newest changes again (called whenever the page is shown). */
    public void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void onExport() {
        files.save(messages.get("audit.export.button"), FileKind.WORKBOOK, viewModel.exportFileName()).ifPresent(viewModel::export);
    }

    @FXML
    private void onClearFilters() {
        viewModel.clearFilters();
        kindBox.getSelectionModel().select(0);
        actionBox.getSelectionModel().select(0);
    }

    @FXML
    private void onLoadMore() {
        viewModel.loadMore();
    }

    private <T extends Enum<T>> void setUpChoices(ComboBox<Choice<T>> box, String allKey, T[] values,
                                                  javafx.beans.property.ObjectProperty<T> target) {
        List<Choice<T>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, messages.get(allKey)));
        for (T value : values) {
            choices.add(new Choice<>(value, messages.label(value)));
        }
        box.getItems().setAll(choices);
        box.setCellFactory(list -> new ChoiceCell<>());
        box.setButtonCell(new ChoiceCell<>());
        box.getSelectionModel().select(0);
        box.valueProperty().addListener((obs, old, choice) -> target.set(choice == null ? null : choice.value()));
        target.addListener((obs, old, value) -> {
            if (box.getValue() == null || box.getValue().value() != value) {
                choices.stream().filter(c -> c.value() == value).findFirst().ifPresent(box::setValue);
            }
        });
    }

    /** Fields before and after, one row each; the columns say what the sides mean for this kind of change. */
    private void showDetails(AuditViewModel.Details details) {
        detailGrid.getChildren().clear();
        detailGrid.getColumnConstraints().clear();
        if (details == null) {
            return;
        }
        AuditAction action = details.action();
        boolean update = action.twoSided();
        ColumnConstraints field = new ColumnConstraints();
        field.setPercentWidth(details.grouped() ? 24 : update ? 22 : 26);
        detailGrid.getColumnConstraints().add(field);
        int sides = update ? 2 : 1;
        for (int i = 0; i < sides; i++) {
            ColumnConstraints side = new ColumnConstraints();
            side.setPercentWidth((100 - field.getPercentWidth()) / sides);
            side.setHgrow(Priority.ALWAYS);
            detailGrid.getColumnConstraints().add(side);
        }
        detailGrid.add(header(details.grouped() ? "audit.details.row" : "audit.details.field"), 0, 0);
        switch (action) {
            case UPDATE, RESTORE -> {
                detailGrid.add(header(action == AuditAction.RESTORE ? "audit.details.replaced" : "audit.details.before"), 1, 0);
                detailGrid.add(header(action == AuditAction.RESTORE ? "audit.details.restored" : "audit.details.after"), 2, 0);
            }
            case INSERT -> detailGrid.add(header("audit.details.added"), 1, 0);
            case DELETE -> detailGrid.add(header("audit.details.deleted"), 1, 0);
        }
        int r = 1;
        for (FieldChange f : details.fields()) {
            String stripe = r % 2 == 0 ? "audit-detail-even" : "audit-detail-odd";
            detailGrid.add(cell(f.field(), "audit-detail-field", stripe), 0, r);
            if (update) {
                detailGrid.add(cell(f.before(), "audit-detail-before", stripe), 1, r);
                detailGrid.add(cell(f.after(), "audit-detail-after", stripe), 2, r);
            } else {
                detailGrid.add(cell(action == AuditAction.INSERT ? f.after() : f.before(), "audit-detail-value", stripe), 1, r);
            }
            r++;
        }
    }

    private Label header(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("audit-detail-header");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Label cell(String text, String... styles) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        label.getStyleClass().addAll(styles);
        return label;
    }

    private static final class ChoiceCell<T> extends ListCell<Choice<T>> {
        @Override
        protected void updateItem(Choice<T> item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }

    /** A text cell whose full text shows as a tooltip (long names and changes). */
    private static class TipCell extends TableCell<AuditViewModel.Row, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
        }
    }

    /** "Thêm mới", "Sửa", "Xóa" in green, amber and red. */
    private static final class ActionCell extends TableCell<AuditViewModel.Row, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("audit-insert", "audit-update", "audit-delete", "audit-restore");
            setText(empty ? null : item);
            AuditViewModel.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row != null) {
                getStyleClass().add("audit-" + row.entry().action().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }
}
