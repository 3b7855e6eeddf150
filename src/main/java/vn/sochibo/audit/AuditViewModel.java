package vn.sochibo.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Messages;
import vn.sochibo.ui.UiExecutor;

/**
 * The audit log page: filters, the newest {@value #PAGE} matching changes (more on request), the selected
 * change's fields before and after, and the .xlsx export. Read-only: it offers no way to change the log.
 * FX thread only; the database is read in the background, and a filter changed while a read runs is read again
 * once it ends (so typing a name costs at most two reads).
 */
public final class AuditViewModel {

    /** Rows read at a time. */
    public static final int PAGE = 200;

    /** A change as the table shows it: its texts, and its fields for the details. */
    public record Row(AuditEntry entry, String time, String operation, String action, String object, String changes,
                      List<FieldChange> fields) {
    }

    /** What the details pane shows: the kind of change, whether it lists rows (a bulk job), and the lines. */
    public record Details(AuditAction action, boolean grouped, List<FieldChange> fields) {
    }

    private record Loaded(List<Row> rows, boolean more, java.util.Map<Long, String> subBranches) {
    }

    private final AuditService audit;
    private final UiExecutor executor;
    private final Messages messages;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<AuditKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>(this, "action");
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<Row> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper(this, "detailTitle", "");
    private final ReadOnlyStringWrapper detailInfo = new ReadOnlyStringWrapper(this, "detailInfo", "");
    private final ReadOnlyObjectWrapper<Details> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper(this, "shown", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper(this, "exportMessage", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");

    private boolean loading;
    private boolean again;
    private boolean adjusting;
    private int total = -1;
    private int generation;
    private java.util.Map<Long, String> subBranches = java.util.Map.of();

    public AuditViewModel(AuditService audit, UiExecutor executor, Messages messages) {
        this.audit = audit;
        this.executor = executor;
        this.messages = messages;
        detailTitle.set(messages.get("audit.details.none")); // what the empty details pane says until a line is chosen
        javafx.beans.value.ChangeListener<Object> onChange = (obs, old, now) -> {
            if (!adjusting) {
                refresh();
            }
        };
        for (javafx.beans.value.ObservableValue<?> filter : List.<javafx.beans.value.ObservableValue<?>>of(from, to, kind, action, searchText)) {
            filter.addListener(onChange);
        }
    }

    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<AuditKind> kindProperty() { return kind; }
    public ObjectProperty<AuditAction> actionProperty() { return action; }
    public StringProperty searchTextProperty() { return searchText; }
    public ObservableList<Row> rows() { return rowsView; }
    public ReadOnlyObjectProperty<Row> selectedProperty() { return selected.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailTitleProperty() { return detailTitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailInfoProperty() { return detailInfo.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Details> detailsProperty() { return details.getReadOnlyProperty(); }
    public ReadOnlyStringProperty shownProperty() { return shown.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty exportMessageProperty() { return exportMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty moreProperty() { return more.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty exportingProperty() { return exporting.getReadOnlyProperty(); }

    /** The filter as set now. */
    public AuditFilter filter() {
        return new AuditFilter(from.get(), to.get(), kind.get(), action.get(), searchText.get());
    }

    /** Reads the newest matching changes again (the page was opened, or a filter changed). */
    public void refresh() {
        if (loading) {
            again = true;
            return;
        }
        AuditFilter filter = filter();
        if (filter.backwards()) {
            problem.set(messages.get("audit.filter.backwards"));
            rows.clear();
            more.set(false);
            shown.set("");
            return;
        }
        problem.set("");
        start();
        int counting = ++generation;
        executor.submit(progress -> {
            AuditService.Page page = audit.page(filter, null, PAGE);
            return new Loaded(describe(page), page.more(), page.subBranches());
        }, loaded -> {
            if (finish()) {
                subBranches = loaded.subBranches();
                rows.setAll(loaded.rows());
                total = loaded.more() ? -1 : loaded.rows().size();
                more.set(loaded.more());
                showCounts();
                if (loaded.more()) {
                    count(filter, counting);
                }
            }
        }, this::failed);
    }

    /** Counts the matches after the rows are shown (counting a long log takes longer than a page). */
    private void count(AuditFilter filter, int counting) {
        executor.submit(progress -> audit.count(filter), n -> {
            if (counting == generation) {
                total = n;
                showCounts();
            }
        }, failure -> { });
    }

    /** Reads the next {@value #PAGE} older matching changes and adds them below. */
    public void loadMore() {
        if (loading || !more.get() || rows.isEmpty()) {
            return;
        }
        AuditFilter filter = filter();
        long lastId = rows.get(rows.size() - 1).entry().id();
        start();
        executor.submit(progress -> {
            AuditService.Page page = audit.page(filter, lastId, PAGE);
            return new Loaded(describe(page), page.more(), page.subBranches());
        }, loaded -> {
            if (finish()) {
                rows.addAll(loaded.rows());
                more.set(loaded.more());
                showCounts();
            }
        }, this::failed);
    }

    /** Shows every change again (all filters off). */
    public void clearFilters() {
        adjusting = true;
        try {
            from.set(null);
            to.set(null);
            kind.set(null);
            action.set(null);
            searchText.set("");
        } finally {
            adjusting = false;
        }
        refresh();
    }

    /**
     * Shows the fields of {@code row} (null: nothing selected). A bulk job's rows are read in the background
     * first (they can be many).
     */
    public void select(Row row) {
        selected.set(row);
        if (row == null) {
            detailTitle.set(messages.get("audit.details.none"));
            detailInfo.set("");
            details.set(null);
            return;
        }
        detailTitle.set(row.object());
        detailInfo.set(messages.get("audit.details.info", row.time(), row.operation(), row.action()));
        AuditAction action = row.entry().action();
        if (!row.entry().grouped()) {
            details.set(new Details(action, false, row.fields()));
            return;
        }
        details.set(new Details(action, true, List.of(new FieldChange(messages.get("audit.details.loading"), "", ""))));
        java.util.Map<Long, String> names = subBranches;
        executor.submit(progress -> {
            AuditEntry full = audit.entry(row.entry().id());
            return full == null ? List.<FieldChange>of() : new AuditDescriber(messages, names).fields(full);
        }, fields -> {
            if (selected.get() == row) {
                details.set(new Details(action, true, fields));
            }
        }, failure -> {
            if (selected.get() == row) {
                details.set(new Details(action, true, List.of()));
                problem.set(messages.describe(failure));
            }
        });
    }

    /** Writes every change matching the current filter to {@code file} (.xlsx) in the background. */
    public void export(Path file) {
        AuditFilter filter = filter();
        exportMessage.set(messages.get("audit.export.running"));
        exporting.set(true);
        executor.submit(progress -> audit.export(file, filter), written -> {
            exporting.set(false);
            exportMessage.set(messages.get("audit.export.done", written, file.getFileName().toString()));
        }, failure -> {
            exporting.set(false);
            exportMessage.set(messages.describe(failure));
        });
    }

    /** A file name for the export, e.g. "nhat-ky-thay-doi.xlsx". */
    public String exportFileName() {
        return messages.get("audit.export.fileName");
    }

    private void start() {
        loading = true;
        busy.set(true);
    }

    /** Ends a read; false when its result is stale (a filter changed meanwhile) and a new read was started. */
    private boolean finish() {
        loading = false;
        if (again) {
            again = false;
            refresh();
            return false;
        }
        busy.set(false);
        return true;
    }

    private void failed(Throwable failure) {
        if (finish()) {
            problem.set(messages.describe(failure));
        }
    }

    private void showCounts() {
        if (rows.isEmpty()) {
            shown.set(messages.get("audit.shown.none"));
        } else if (total < 0) {
            shown.set(messages.get("audit.shown.counting", rows.size()));
        } else {
            shown.set(messages.get("audit.shown", rows.size(), total));
        }
        if (selected.get() != null && !rows.contains(selected.get())) {
            select(null);
        }
    }

    private List<Row> describe(AuditService.Page page) {
        AuditDescriber d = new AuditDescriber(messages, page.subBranches());
        List<Row> described = new ArrayList<>(page.entries().size());
        for (AuditEntry e : page.entries()) {
            described.add(new Row(e, d.time(e), d.operation(e), d.action(e), d.object(e), d.changes(e), d.fields(e)));
        }
        return described;
    }
}
