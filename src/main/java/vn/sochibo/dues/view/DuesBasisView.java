package vn.sochibo.dues.view;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.dues.DecisionKind;
import vn.sochibo.dues.DuesBasis;
import vn.sochibo.dues.DuesDecision;
import vn.sochibo.dues.DuesKind;
import vn.sochibo.dues.WageRegion;
import vn.sochibo.ui.DateFields;

/** Code-behind of one member's dues record (shown in a dialog from the dues book or the member's details). */
public final class DuesBasisView {

    private final DuesBasisViewModel viewModel;
    private final Messages messages;

    @FXML private TableView<DuesBasis> basisTable;
    @FXML private TableColumn<DuesBasis, String> basisFromColumn;
    @FXML private TableColumn<DuesBasis, String> basisKindColumn;
    @FXML private TableColumn<DuesBasis, String> basisAmountColumn;
    @FXML private TableColumn<DuesBasis, String> basisNoteColumn;
    @FXML private Button deleteBasisButton;
    @FXML private DatePicker basisFromPicker;
    @FXML private ComboBox<DuesKind> kindBox;
    @FXML private TextField baseField;
    @FXML private ComboBox<WageRegion> regionBox;
    @FXML private ComboBox<DuesBasisViewModel.Retired> retiredBox;
    @FXML private TextField basisNoteField;
    @FXML private ListView<DuesDecision> decisionList;
    @FXML private Button deleteDecisionButton;
    @FXML private ComboBox<DecisionKind> decisionKindBox;
    @FXML private ComboBox<Integer> percentBox;
    @FXML private TextField decisionFromField;
    @FXML private TextField decisionToField;
    @FXML private TextField documentRefField;
    @FXML private TextField paidThroughField;
    @FXML private Label lastPaidLabel;
    @FXML private Label problemLabel;
    @FXML private Label messageLabel;

    public DuesBasisView(DuesBasisViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public DuesBasisViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        basisTable.setItems(viewModel.bases());
        basisFromColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.date(c.getValue().from())));
        basisKindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().kind())));
        basisAmountColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.baseText(c.getValue())));
        basisNoteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note() == null ? "" : c.getValue().note()));
        deleteBasisButton.disableProperty().bind(basisTable.getSelectionModel().selectedItemProperty().isNull());
        DateFields.setUp(basisFromPicker);
        basisFromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        kindBox.getItems().setAll(DuesKind.values());
        kindBox.setConverter(labels());
        kindBox.valueProperty().bindBidirectional(viewModel.kindProperty());
        baseField.textProperty().bindBidirectional(viewModel.baseTextProperty());
        regionBox.getItems().setAll(WageRegion.values());
        regionBox.setConverter(labels());
        regionBox.valueProperty().bindBidirectional(viewModel.regionProperty());
        retiredBox.getItems().setAll(DuesBasisViewModel.Retired.values());
        retiredBox.setConverter(converter(r -> messages.get("dues.basis.retired." + r.name())));
        retiredBox.valueProperty().bindBidirectional(viewModel.retiredProperty());
        basisNoteField.textProperty().bindBidirectional(viewModel.noteProperty());
        baseField.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> kindBox.getValue() == null || !kindBox.getValue().hasOwnBase(), kindBox.valueProperty()));
        var noPension = javafx.beans.binding.Bindings.createBooleanBinding(() -> kindBox.getValue() != DuesKind.NO_PENSION,
                kindBox.valueProperty());
        regionBox.disableProperty().bind(noPension);
        retiredBox.disableProperty().bind(noPension);

        decisionList.setItems(viewModel.decisions());
        decisionList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DuesDecision item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.decisionText(item));
            }
        });
        deleteDecisionButton.disableProperty().bind(decisionList.getSelectionModel().selectedItemProperty().isNull());
        decisionKindBox.getItems().setAll(DecisionKind.values());
        decisionKindBox.setConverter(labels());
        decisionKindBox.valueProperty().bindBidirectional(viewModel.decisionKindProperty());
        percentBox.setItems(viewModel.steps());
        percentBox.setConverter(converter(p -> p + "%"));
        percentBox.valueProperty().bindBidirectional(viewModel.percentProperty());
        percentBox.disableProperty().bind(decisionKindBox.valueProperty().isEqualTo(DecisionKind.EXEMPT));
        decisionFromField.textProperty().bindBidirectional(viewModel.decisionFromProperty());
        decisionToField.textProperty().bindBidirectional(viewModel.decisionToProperty());
        documentRefField.textProperty().bindBidirectional(viewModel.documentRefProperty());
        paidThroughField.textProperty().bindBidirectional(viewModel.paidThroughProperty());
        lastPaidLabel.textProperty().bind(viewModel.lastPaidProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
    }

    /**
     * Opens the member's dues record in a dialog (from the dues book or the member's details); returns when it is
     * closed. Everything in it is saved by its own buttons.
     */
    public static void open(vn.sochibo.ui.Views views, vn.sochibo.ui.Dialogs dialogs, Messages messages, long memberId, String name) {
        vn.sochibo.ui.Views.Loaded<DuesBasisView> loaded = views.load(DuesBasisView.class);
        loaded.view().viewModel().start(memberId);
        javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle(messages.get("dues.basis.title", name));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(loaded.root());
        dialog.getDialogPane().getButtonTypes().setAll(new javafx.scene.control.ButtonType(messages.get("dues.basis.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0)).setId("closeDuesBasisButton");
        dialogs.show(dialog);
    }

    @FXML
    private void onSaveBasis() {
        viewModel.saveBasis();
    }

    @FXML
    private void onDeleteBasis() {
        DuesBasis b = basisTable.getSelectionModel().getSelectedItem();
        if (b != null) {
            viewModel.deleteBasis(b);
        }
    }

    @FXML
    private void onSaveDecision() {
        viewModel.saveDecision();
    }

    @FXML
    private void onDeleteDecision() {
        DuesDecision d = decisionList.getSelectionModel().getSelectedItem();
        if (d != null) {
            viewModel.deleteDecision(d);
        }
    }

    @FXML
    private void onSaveTransfer() {
        viewModel.saveTransferIn();
    }

    private <T extends Enum<T>> StringConverter<T> labels() {
        return converter(messages::label);
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
