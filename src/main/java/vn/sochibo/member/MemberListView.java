package vn.sochibo.member;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.SearchableComboBox;

import vn.sochibo.common.Messages;
import vn.sochibo.ui.Shortcuts;
import vn.sochibo.ui.Styles;

/**
 * Code-behind of the member list: binds the table, filters and details pane to the view model, opens the forms
 * (through {@link MemberFormsView}) and hands every change to the correction buttons so "Hoàn tác" can take it back.
 * Keys: Ctrl+N add, Ctrl+E or Enter edit, Ctrl+G record an event, Ctrl+I import, Ctrl+P export, Ctrl+F search,
 * Ctrl+Z undo (see {@link MemberCorrectionsView}).
 */
public final class MemberListView {

    /** The chi bộ filter's "all" line (the view model says null). */
    private static final String ALL_SUB_BRANCHES = "\u0000";
    /** The panel lists the most urgent reminders; a big register can have thousands. */
    private static final int SHOWN_REMINDERS = 30;

    private final MemberListViewModel viewModel;
    private final MemberFormsView forms;
    private final Messages messages;
    private Runnable importAction = () -> { };
    private java.util.function.Consumer<Reminder.Other> otherReminderAction = other -> { };
    private ExportAction exportAction = (members, done) -> { };
    private Runnable workListAction = () -> { };
    /** Buttons of other features under the member's details ({@link #addMemberAction}). */
    private final List<Button> actionButtons = new java.util.ArrayList<>();

    @FXML private TextField searchField;
    @FXML private ComboBox<StatusFilter> statusFilterBox;
    @FXML private SearchableComboBox<String> subBranchFilterBox;
    @FXML private Label shownLabel;
    @FXML private Label problemLabel;
    @FXML private Label emptyLabel;
    @FXML private Button addMemberButton;
    @FXML private Button editMemberButton;
    @FXML private Button recordEventButton;
    @FXML private Button importButton;
    @FXML private Button exportButton;
    @FXML private NotificationPane noticePane;
    @FXML private TableView<MemberRow> memberTable;
    @FXML private Label detailsNameLabel;
    @FXML private Label detailsStatusLabel;
    @FXML private GridPane detailsGrid;
    @FXML private Label partyYearsLabel;
    @FXML private TableView<MemberEvent> historyTable;
    @FXML private TableColumn<MemberEvent, LocalDate> historyDateColumn;
    @FXML private TableColumn<MemberEvent, String> historyTypeColumn;
    @FXML private TableColumn<MemberEvent, String> historyDocumentColumn;
    @FXML private MemberCorrectionsView correctionsController;
    @FXML private VBox reminderBox;
    @FXML private GridPane notesGrid;
    @FXML private javafx.scene.layout.FlowPane memberActions;
    @FXML private Label noRemindersLabel;

    /** What "Xuất Excel" does with the members shown; {@code done} receives the sentence to show when written. */
    @FunctionalInterface
    public interface ExportAction {
        void export(List<MemberSummary> members, Consumer<String> done);
    }

    public MemberListView(MemberListViewModel viewModel, MemberFormsView forms, Messages messages) {
        this.viewModel = viewModel;
        this.forms = forms;
        this.messages = messages;
    }

    /** What a click on another feature's reminder does (the main window opens that feature's record). */
    public void otherReminderAction(java.util.function.Consumer<Reminder.Other> action) {
        this.otherReminderAction = action;
    }

    public MemberListViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        memberActions.getChildren().setAll(actionButtons);
        bindFilters();
        bindTable();
        bindDetails();
        bindCorrections();
        Shortcuts.install(addMemberButton, new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        Shortcuts.install(editMemberButton, new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        Shortcuts.install(recordEventButton, new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN));
        Shortcuts.install(importButton, new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        Shortcuts.install(exportButton, new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        KeyCombination find = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        Shortcuts.install(searchField, find, searchField::requestFocus);
        searchField.setTooltip(new javafx.scene.control.Tooltip(Shortcuts.hint(searchField.getPromptText(), find)));
    }

    private void bindFilters() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        statusFilterBox.getItems().setAll(StatusFilter.choices());
        statusFilterBox.setConverter(converter(f -> switch (f.kind()) {
            case ON_REGISTER -> messages.get("member.filter.onRegister");
            case ALL -> messages.get("member.filter.all");
            case ONE -> messages.label(f.status());
        }));
        statusFilterBox.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        subBranchFilterBox.setConverter(converter(name -> name == null || name.equals(ALL_SUB_BRANCHES)
                ? messages.get("member.filter.allSubBranches") : name));
        viewModel.subBranches().addListener((ListChangeListener<String>) c -> showSubBranches());
        // a primed view model (loaded with the opening, before this view existed) already holds its lists
        showSubBranches();
        subBranchFilterBox.valueProperty().addListener((obs, o, n) -> {
            if (n != null) { // null: the box is refilling its items, the filter stays
                viewModel.subBranchFilterProperty().set(n.equals(ALL_SUB_BRANCHES) ? null : n);
            }
        });
        viewModel.subBranchFilterProperty().addListener((obs, o, n) -> subBranchFilterBox.setValue(n == null ? ALL_SUB_BRANCHES : n));
        shownLabel.textProperty().bind(viewModel.shownTextProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemLabel.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        // while the register loads (seconds for a big one), the empty table says so; a filter that hides everyone
        // says that, not "add a member"
        emptyLabel.textProperty().bind(Bindings.createStringBinding(() -> messages.get(viewModel.busyProperty().get()
                ? "member.list.loading" : viewModel.loadedCountProperty().get() > 0 ? "member.list.noneMatch" : "member.list.empty"),
                viewModel.busyProperty(), viewModel.loadedCountProperty()));
    }

    private void showSubBranches() {
        String current = viewModel.subBranchFilterProperty().get();
        List<String> wanted = new java.util.ArrayList<>();
        wanted.add(ALL_SUB_BRANCHES);
        wanted.addAll(viewModel.subBranches());
        if (!subBranchFilterBox.getItems().equals(wanted)) {
            subBranchFilterBox.getItems().setAll(wanted);
        }
        subBranchFilterBox.setValue(current == null || !wanted.contains(current) ? ALL_SUB_BRANCHES : current);
    }

    private void bindTable() {
        // a fresh list per filter; the clerk's sort (a column, either direction) is applied to it again
        viewModel.shownProperty().addListener((obs, old, rows) -> {
            MemberRow selected = memberTable.getSelectionModel().getSelectedItem();
            List<TableColumn<MemberRow, ?>> order = List.copyOf(memberTable.getSortOrder());
            memberTable.setItems(rows);
            memberTable.getSortOrder().setAll(order);
            if (!order.isEmpty()) {
                memberTable.sort();
            }
            if (selected != null && rows.contains(selected)) {
                memberTable.getSelectionModel().select(selected);
            }
        });
        memberTable.setItems(viewModel.rows());
        Styles.scaleColumnsWithText(memberTable);
        Styles.scaleColumnsWithText(historyTable);
        MemberColumnsView.setUp(memberTable, messages);
        memberTable.setRowFactory(table -> {
            TableRow<MemberRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem().member().id());
                }
            });
            return row;
        });
        memberTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && memberTable.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                onEdit();
            }
        });
        memberTable.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> viewModel.selectedProperty().set(n));
        viewModel.selectedProperty().addListener((obs, o, n) -> {
            if (n != memberTable.getSelectionModel().getSelectedItem()) {
                memberTable.getSelectionModel().select(n);
                if (n != null) {
                    memberTable.scrollTo(n);
                }
            }
        });
        editMemberButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        recordEventButton.disableProperty().bind(viewModel.detailsProperty().isNull());
    }

    private void bindDetails() {
        detailsStatusLabel.visibleProperty().bind(detailsStatusLabel.textProperty().isNotEmpty());
        historyDateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        historyDateColumn.setCellFactory(col -> MemberColumnsView.dateCell());
        historyTypeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(eventText(c.getValue())));
        historyTypeColumn.setCellFactory(col -> vn.sochibo.ui.Cells.wrapping());
        historyDocumentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().documentRef() == null ? "" : c.getValue().documentRef()));
        historyDocumentColumn.setCellFactory(col -> vn.sochibo.ui.Cells.wrapping());
        viewModel.detailsProperty().addListener((obs, o, n) -> showDetails(n));
        viewModel.reminders().addListener((ListChangeListener<Reminder>) c -> showReminders());
        showReminders(); // primed at start, unlock or restore: the reminders are there before the listener
    }

    private void bindCorrections() {
        MemberCorrectionsViewModel corrections = correctionsController.viewModel();
        corrections.detailsProperty().bind(viewModel.detailsProperty());
        corrections.selectedEventProperty().bind(historyTable.getSelectionModel().selectedItemProperty());
        corrections.afterChange(id -> {
            viewModel.searchTextProperty().set("");
            viewModel.refreshAndSelect(id);
        });
        corrections.noticeProperty().addListener((obs, o, text) -> notice(text, corrections.canUndoProperty().get()));
        viewModel.importedProperty().addListener((obs, o, n) -> corrections.forget());
    }

    /** Shows a message in the bar above the list (it covers no field and moves none); with "Hoàn tác" when possible. */
    private void notice(String text, boolean undoable) {
        if (text == null || text.isEmpty()) {
            return;
        }
        noticePane.getActions().clear();
        if (undoable) {
            noticePane.getActions().add(new org.controlsfx.control.action.Action(
                    Shortcuts.hint(messages.get("member.undo.button"), MemberCorrectionsView.UNDO),
                    e -> {
                        noticePane.hide();
                        correctionsController.undoFromNotice();
                    }));
        }
        noticePane.show(text);
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(8));
        later.setOnFinished(e -> {
            if (text.equals(noticePane.getText())) {
                noticePane.hide();
            }
        });
        later.play();
    }

    private void showReminders() {
        reminderBox.getChildren().clear();
        if (viewModel.reminders().isEmpty()) {
            reminderBox.getChildren().add(noRemindersLabel);
            return;
        }
        List<Reminder> all = viewModel.reminders();
        for (Reminder r : all.subList(0, Math.min(all.size(), SHOWN_REMINDERS))) {
            Hyperlink link = new Hyperlink(viewModel.describe(r));
            link.setWrapText(true);
            link.getStyleClass().add("reminder");
            link.setOnAction(e -> {
                if (r.other() != null) {
                    otherReminderAction.accept(r.other());
                } else {
                    viewModel.show(r.memberId());
                }
            });
            reminderBox.getChildren().add(link);
        }
        if (all.size() > SHOWN_REMINDERS) {
            Label more = new Label(messages.get("member.reminders.more", all.size() - SHOWN_REMINDERS));
            more.getStyleClass().add("muted");
            more.setWrapText(true);
            reminderBox.getChildren().add(more);
        }
    }

    /** Reloads the register (called when the screen is shown). */
    public void refresh() {
        viewModel.refresh();
    }

    private String eventText(MemberEvent e) {
        String text = messages.label(e.type());
        if (e.endDate() != null) {
            text += " " + messages.get("member.history.until", e.endDate());
        }
        if (e.place() != null) {
            text += " " + messages.get(e.type() == MemberEventType.TRANSFER_IN ? "member.history.from" : "member.history.to", e.place());
        }
        if (e.note() != null) {
            text += " – " + e.note();
        }
        return text;
    }

    private void showDetails(MemberDetails d) {
        historyTable.getItems().clear();
        if (d == null) {
            detailsNameLabel.setText(messages.get("member.details.none"));
            detailsStatusLabel.setText("");
            partyYearsLabel.setText("");
            detailsGrid.getChildren().clear();
            notesGrid.getChildren().clear();
            return;
        }
        detailsNameLabel.setText(d.member().data().fullName());
        detailsStatusLabel.setText(messages.label(d.member().status()));
        MemberDetailsView.notes(notesGrid, viewModel.notesFor(d.member().id()));
        MemberDetailsView.fill(detailsGrid, d.member().data(), messages);
        partyYearsLabel.setText(viewModel.partyYearsText(d));
        historyTable.getItems().setAll(d.events());
    }

    /**
     * Adds a button under the member's details for another feature (set by the app, e.g. "Đảng phí…" opening the
     * member's dues basis); it receives the id of the member shown and refreshes the list afterwards.
     */
    public void addMemberAction(String id, String text, String icon, Consumer<Long> action) {
        Button button = new Button(text, new org.kordamp.ikonli.javafx.FontIcon(icon));
        button.setId(id);
        button.disableProperty().bind(viewModel.detailsProperty().isNull());
        button.setOnAction(e -> {
            MemberDetails details = viewModel.detailsProperty().get();
            if (details != null) {
                action.accept(details.member().id());
                viewModel.refreshAndSelect(details.member().id());
            }
        });
        actionButtons.add(button);
        if (memberActions != null) { // already loaded; otherwise initialize() adds it
            memberActions.getChildren().add(button);
        }
    }

    /**
     * What the "Nhập từ Excel" and "Xuất Excel" buttons do (set by the app, which knows the import wizard):
     * the export receives the members the list currently shows, in its order.
     */
    public void excelActions(Runnable onImport, ExportAction onExport) {
        this.importAction = onImport;
        this.exportAction = onExport;
    }

    /** What the "Cần bổ sung" button does: opens the work list (set by the app). */
    public void workListAction(Runnable onWorkList) {
        this.workListAction = onWorkList;
    }

    @FXML
    private void onWorkList() {
        workListAction.run();
    }

    /** Reloads the list after an import (what was undoable before it is forgotten). */
    public void reload() {
        viewModel.reloadAfterImport();
    }

    @FXML
    private void onImport() {
        importAction.run();
    }

    @FXML
    private void onExport() {
        exportAction.export(viewModel.rows().stream().sorted().map(MemberRow::member).toList(), text -> notice(text, false));
    }

    @FXML
    private void onAdd() {
        edit(null);
    }

    @FXML
    private void onEdit() {
        MemberRow row = viewModel.selectedProperty().get();
        if (row != null) {
            edit(row.member().id());
        }
    }

    @FXML
    private void onRecordEvent() {
        MemberDetails details = viewModel.detailsProperty().get();
        if (details != null) {
            forms.recordEvent(details).ifPresent(this::changed);
        }
    }

    private void edit(Long id) {
        forms.editMember(id).ifPresent(this::changed);
    }

    private void changed(RegisterChange change) {
        correctionsController.viewModel().remember(change);
        viewModel.searchTextProperty().set("");
        viewModel.refreshAndSelect(change.memberId());
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
