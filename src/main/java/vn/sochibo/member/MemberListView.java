package vn.sochibo.member;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.ui.Dialogs;
import vn.sochibo.ui.Styles;
import vn.sochibo.ui.Views;

/** Code-behind of the member list: binds the table, filters and details pane to the view model. */
public final class MemberListView {

    private final MemberListViewModel viewModel;
    private final Views views;
    private final Dialogs dialogs;
    private final Messages messages;
    private Runnable importAction = () -> { };
    private java.util.function.Consumer<Reminder.Other> otherReminderAction = other -> { };
    /** Buttons of other features under the member's details ({@link #addMemberAction}). */
    private final List<Button> actionButtons = new java.util.ArrayList<>();
    private java.util.function.Consumer<List<MemberSummary>> exportAction = members -> { };

    @FXML private TextField searchField;
    @FXML private ComboBox<StatusFilter> statusFilterBox;
    @FXML private ComboBox<String> subBranchFilterBox;
    @FXML private Label shownLabel;
    @FXML private Label problemLabel;
    @FXML private Label emptyLabel;
    @FXML private Button editMemberButton;
    @FXML private Button recordEventButton;
    @FXML private TableView<MemberRow> memberTable;
    @FXML private TableColumn<MemberRow, MemberRow> indexColumn;
    @FXML private TableColumn<MemberRow, MemberRow> nameColumn;
    @FXML private TableColumn<MemberRow, String> genderColumn;
    @FXML private TableColumn<MemberRow, String> birthColumn;
    @FXML private TableColumn<MemberRow, java.time.LocalDate> joinedColumn;
    @FXML private TableColumn<MemberRow, java.time.LocalDate> officialColumn;
    @FXML private TableColumn<MemberRow, String> statusColumn;
    @FXML private TableColumn<MemberRow, String> subBranchColumn;
    @FXML private TableColumn<MemberRow, Integer> partyYearsColumn;
    @FXML private Label detailsNameLabel;
    @FXML private Label detailsStatusLabel;
    @FXML private GridPane detailsGrid;
    @FXML private Label partyYearsLabel;
    @FXML private TableView<MemberEvent> historyTable;
    @FXML private TableColumn<MemberEvent, java.time.LocalDate> historyDateColumn;
    @FXML private TableColumn<MemberEvent, String> historyTypeColumn;
    @FXML private TableColumn<MemberEvent, String> historyDocumentColumn;
    @FXML private Button deleteEventButton;
    @FXML private Button deleteMemberButton;
    @FXML private VBox reminderBox;
    @FXML private GridPane notesGrid;
    @FXML private javafx.scene.layout.FlowPane memberActions;
    @FXML private Label noRemindersLabel;

    public MemberListView(MemberListViewModel viewModel, Views views, Dialogs dialogs, Messages messages) {
        this.viewModel = viewModel;
        this.views = views;
        this.dialogs = dialogs;
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
        // while the register loads (seconds for a big one), the empty table says so, not "no members"
        emptyLabel.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.busyProperty())
                .then(messages.get("member.list.loading")).otherwise(messages.get("member.list.empty")));
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        statusFilterBox.getItems().setAll(StatusFilter.choices());
        statusFilterBox.setConverter(converter(f -> switch (f.kind()) {
            case ON_REGISTER -> messages.get("member.filter.onRegister");
            case ALL -> messages.get("member.filter.all");
            case ONE -> messages.label(f.status());
        }));
        statusFilterBox.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        subBranchFilterBox.setConverter(converter(name -> name == null ? messages.get("member.filter.allSubBranches") : name));
        viewModel.subBranches().addListener((javafx.collections.ListChangeListener<String>) c -> showSubBranches());
        // a primed view model (loaded with the opening, before this view existed) already holds its lists
        showSubBranches();
        subBranchFilterBox.valueProperty().bindBidirectional(viewModel.subBranchFilterProperty());
        shownLabel.textProperty().bind(viewModel.shownTextProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemLabel.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());

        // a fresh list per filter (the table sorts it in place when a column header is clicked)
        viewModel.shownProperty().addListener((obs, old, rows) -> {
            MemberRow selected = memberTable.getSelectionModel().getSelectedItem();
            memberTable.setItems(rows);
            if (!memberTable.getSortOrder().isEmpty()) {
                memberTable.sort();
            }
            if (selected != null && rows.contains(selected)) {
                memberTable.getSelectionModel().select(selected);
            }
        });
        memberTable.setItems(viewModel.rows());
        Styles.scaleColumnsWithText(memberTable);
        Styles.scaleColumnsWithText(historyTable);
        indexColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        indexColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(MemberRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Integer.toString(getIndex() + 1));
            }
        });
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        nameColumn.setComparator(MemberRow::compareTo);
        nameColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(MemberRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.member().fullName());
            }
        });
        genderColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().member().gender())));
        birthColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(birthText(c.getValue().member())));
        birthColumn.setComparator(java.util.Comparator.comparing(MemberListView::sortableDate));
        joinedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().member().joinedDate()));
        joinedColumn.setCellFactory(col -> dateCell());
        officialColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().member().officialDate()));
        officialColumn.setCellFactory(col -> dateCell());
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().member().status())));
        subBranchColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().member().subBranch()));
        // the default column comparator calls the collator on every comparison (seconds for 100,000 rows)
        subBranchColumn.setComparator(vn.sochibo.common.PersonName::compareText);
        statusColumn.setComparator(vn.sochibo.common.PersonName::compareText);
        genderColumn.setComparator(vn.sochibo.common.PersonName::compareText);
        partyYearsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().partyYears()));
        memberTable.setRowFactory(table -> {
            TableRow<MemberRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openEditor(row.getItem().member().id());
                }
            });
            return row;
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
        deleteMemberButton.disableProperty().bind(viewModel.detailsProperty().isNull());
        deleteEventButton.disableProperty().bind(historyTable.getSelectionModel().selectedItemProperty().isNull());

        detailsStatusLabel.visibleProperty().bind(detailsStatusLabel.textProperty().isNotEmpty());
        historyDateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        historyDateColumn.setCellFactory(col -> dateCell());
        historyTypeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(eventText(c.getValue())));
        historyDocumentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().documentRef() == null ? "" : c.getValue().documentRef()));
        viewModel.detailsProperty().addListener((obs, o, n) -> showDetails(n));
        viewModel.reminders().addListener((javafx.collections.ListChangeListener<Reminder>) c -> showReminders());
        showReminders(); // primed at start, unlock or restore: the reminders are there before the listener
    }

    private void showSubBranches() {
        String current = viewModel.subBranchFilterProperty().get();
        subBranchFilterBox.getItems().setAll((String) null);
        subBranchFilterBox.getItems().addAll(viewModel.subBranches());
        subBranchFilterBox.setValue(current);
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
                    return;
                }
                viewModel.statusFilterProperty().set(StatusFilter.ALL);
                viewModel.searchTextProperty().set("");
                viewModel.rows().stream().filter(row -> row.member().id() == r.memberId()).findFirst()
                        .ifPresent(viewModel.selectedProperty()::set);
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

    /** The panel lists the most urgent reminders; a big register can have thousands. */
    private static final int SHOWN_REMINDERS = 30;

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
        detailsGrid.getChildren().clear();
        notesGrid.getChildren().clear();
        historyTable.getItems().clear();
        if (d == null) {
            detailsNameLabel.setText(messages.get("member.details.none"));
            detailsStatusLabel.setText("");
            partyYearsLabel.setText("");
            return;
        }
        MemberDraft m = d.member().data();
        detailsNameLabel.setText(m.fullName());
        detailsStatusLabel.setText(messages.label(d.member().status()));
        int row = 0;
        row = detail(row, "birthDate", m.birthDate() != null ? Formats.date(m.birthDate()) : m.birthYear() == null ? null : String.valueOf(m.birthYear()));
        row = detail(row, "homeTown", m.homeTown());
        row = detail(row, "ethnicity", join(m.ethnicity(), m.religion()));
        row = detail(row, "personalId", m.personalId());
        row = detail(row, "partyCardNumber", m.partyCardNumber());
        row = detail(row, "recordNumber", m.recordNumber());
        row = detail(row, "admissionDecisionDate", Formats.date(m.admissionDecisionDate()));
        row = detail(row, "joinedDate", Formats.date(m.joinedDate()));
        row = detail(row, "officialDate", Formats.date(m.officialDate()));
        row = detail(row, "subBranch", m.subBranch());
        row = detail(row, "jobPosition", m.jobPosition());
        row = detail(row, "partyPosts", m.partyPosts());
        row = detail(row, "professionalLevel", m.professionalLevel());
        row = detail(row, "politicalTheory", m.politicalTheory() == null ? null : messages.label(m.politicalTheory()));
        detail(row, "phone", m.phone());
        partyYearsLabel.setText(viewModel.partyYearsText(d));
        int note = 0;
        for (MemberListViewModel.Note line : viewModel.notesFor(d.member().id())) {
            note = noteRow(note, line.label(), line.text());
        }
        historyTable.getItems().setAll(d.events());
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " · " + b;
    }

    private int detail(int row, String field, String value) {
        if (value == null || value.isEmpty()) {
            return row;
        }
        return addRow(detailsGrid, row, messages.get("field." + field), value);
    }

    /** A feature's note (e.g. the dues book's flag) under the details, as a warning line. */
    private int noteRow(int row, String label, String value) {
        int next = addRow(notesGrid, row, label, value);
        notesGrid.getChildren().get(notesGrid.getChildren().size() - 1).getStyleClass().add("warning-text");
        return next;
    }

    private int addRow(GridPane grid, int row, String label, String value) {
        Label name = new Label(label);
        name.getStyleClass().add("muted");
        name.setWrapText(true);
        name.setMinWidth(100 * Styles.scale(detailsGrid));
        name.setMaxWidth(130 * Styles.scale(detailsGrid));
        Label text = new Label(value);
        text.setWrapText(true);
        if (value.length() <= 16) {
            text.setMinWidth(Region.USE_PREF_SIZE); // numbers and dates never break
        }
        grid.addRow(row, name, text);
        return row + 1;
    }

    /**
     * Adds a button under the member's details for another feature (set by the app, e.g. "Đảng phí…" opening the
     * member's dues basis); it receives the id of the member shown and refreshes the list afterwards.
     */
    public void addMemberAction(String id, String text, String icon, java.util.function.Consumer<Long> action) {
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
    public void excelActions(Runnable onImport, java.util.function.Consumer<List<MemberSummary>> onExport) {
        this.importAction = onImport;
        this.exportAction = onExport;
    }

    /** What the "Cần bổ sung" button does: opens the work list (set by the app). */
    public void workListAction(Runnable onWorkList) {
        this.workListAction = onWorkList;
    }

    private Runnable workListAction = () -> { };

    @FXML
    private void onWorkList() {
        workListAction.run();
    }

    /** Reloads the list (after an import). */
    public void reload() {
        viewModel.refresh();
    }

    @FXML
    private void onImport() {
        importAction.run();
    }

    @FXML
    private void onExport() {
        exportAction.accept(viewModel.rows().stream().sorted().map(MemberRow::member).toList());
    }

    @FXML
    private void onAdd() {
        openEditor(null);
    }

    @FXML
    private void onEdit() {
        MemberRow row = viewModel.selectedProperty().get();
        if (row != null) {
            openEditor(row.member().id());
        }
    }

    @FXML
    private void onRecordEvent() {
        MemberDetails details = viewModel.detailsProperty().get();
        if (details == null) {
            return;
        }
        Views.Loaded<MemberEventView> loaded = views.load(MemberEventView.class);
        MemberEventViewModel vm = loaded.view().viewModel();
        vm.start(details);
        Dialog<MemberStatus> dialog = new Dialog<>();
        dialog.setTitle(messages.get("member.event.title"));
        dialog.getDialogPane().setContent(loaded.root());
        dialog.getDialogPane().setMinSize(620, 420);
        Button save = addButtons(dialog, "recordEventSaveButton");
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (vm.needsConfirmation() && !dialogs.confirmDestructive(messages.get("member.event.confirmRemoval.title"),
                    vm.confirmationText())) {
                return;
            }
            vm.save(status -> {
                dialog.setResult(status);
                dialog.close();
            });
        });
        Optional<MemberStatus> result = dialogs.show(dialog);
        result.ifPresent(status -> viewModel.refreshAndSelect(details.member().id()));
    }

    @FXML
    private void onDeleteMember() {
        MemberDetails details = viewModel.detailsProperty().get();
        if (details != null) {
            dialogs.confirmDestructive(messages.get("member.correct.deleteMember.title"), viewModel.deleteMemberQuestion(details),
                    messages.get("member.correct.reason")).ifPresent(reason -> viewModel.deleteMember(details, reason));
        }
    }

    @FXML
    private void onDeleteEvent() {
        MemberDetails details = viewModel.detailsProperty().get();
        MemberEvent event = historyTable.getSelectionModel().getSelectedItem();
        if (details != null && event != null) {
            dialogs.confirmDestructive(messages.get("member.correct.deleteEvent.title"), viewModel.deleteEventQuestion(details, event),
                    messages.get("member.correct.reason")).ifPresent(reason -> viewModel.deleteEvent(details, event, reason));
        }
    }

    private void openEditor(Long id) {
        Views.Loaded<MemberEditorView> loaded = views.load(MemberEditorView.class);
        MemberEditorViewModel vm = loaded.view().viewModel();
        Dialog<Long> dialog = new Dialog<>();
        dialog.titleProperty().bind(vm.titleProperty());
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(loaded.root());
        dialog.getDialogPane().setMinSize(940, 620); // pref sizes alone leave the form too narrow on some window systems
        Button save = addButtons(dialog, "saveMemberButton");
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(savedId -> {
                dialog.setResult(savedId);
                dialog.close();
            });
        });
        if (id == null) {
            vm.startNew();
        } else {
            vm.edit(id);
        }
        dialogs.show(dialog).ifPresent(savedId -> {
            viewModel.searchTextProperty().set("");
            viewModel.refreshAndSelect(savedId);
        });
    }

    private Button addButtons(Dialog<?> dialog, String saveId) {
        ButtonType saveType = new ButtonType(messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(saveType, cancelType);
        dialog.setResultConverter(button -> null); // cancel/Escape: no result; Save sets it explicitly
        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId(saveId);
        save.setDefaultButton(false);
        dialog.getDialogPane().lookupButton(cancelType).setId("cancelDialogButton");
        return save;
    }

    private static String birthText(MemberSummary m) {
        if (m.birthDate() != null) {
            return Formats.date(m.birthDate());
        }
        return m.birthYear() == null ? "" : String.valueOf(m.birthYear());
    }

    private static String sortableDate(String text) {
        if (text.length() == 10) {
            return text.substring(6) + text.substring(3, 5) + text.substring(0, 2);
        }
        return text.isEmpty() ? "" : text + "0000";
    }

    private static <T> TableCell<T, java.time.LocalDate> dateCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(java.time.LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.date(item));
            }
        };
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
