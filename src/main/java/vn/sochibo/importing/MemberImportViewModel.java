package vn.sochibo.importing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Messages;
import vn.sochibo.importing.doc.ColumnField;
import vn.sochibo.importing.doc.SheetColumn;
import vn.sochibo.importing.doc.SheetLayout;
import vn.sochibo.common.ProgressListener;
import vn.sochibo.ui.UiExecutor;

/**
 * The import wizard's state: the chosen file and sheet, the column mapping the clerk can correct, the preview
 * of every row, progress, and the result. Commands run on the {@link UiExecutor}; nothing is written until
 * {@link #commit}, which is one transaction; {@link #cancel} stops the running step and writes nothing.
 */
public final class MemberImportViewModel {

    /** One line of the mapping table: a column of the file and the field it is read into (editable). */
    public static final class MappingLine {
        private final SheetColumn column;
        private final ObjectProperty<ColumnField> field;
        private final String note;

        MappingLine(SheetColumn column, ColumnField field, String note) {
            this.column = column;
            this.field = new SimpleObjectProperty<>(field == null ? ColumnField.IGNORED : field);
            this.note = note;
        }

        /** Why the column is not used when the program chose so ("cột B đã đưa vào thông tin này"), else "". */
        public String note() {
            return note;
        }

        public SheetColumn column() {
            return column;
        }

        public ObjectProperty<ColumnField> fieldProperty() {
            return field;
        }
    }

    private final MemberImportService imports;
    private final UiExecutor executor;
    private final Messages messages;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>();
    private final ObservableList<MappingLine> mapping = FXCollections.observableArrayList();
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper converted = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper form = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<ImportResult> result = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> subBranches = FXCollections.observableArrayList();
    private final ObjectProperty<String> subBranchForNew = new SimpleObjectProperty<>(this, "subBranchForNew");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.COLUMNS);
    private SheetLayout layout;
    private UiExecutor.Running running;
    /** Set by "Dừng": the running step stops at its next check and writes nothing (see {@link #cancel}). */
    private volatile boolean stopRequested;
    private boolean loadingSheet;

    /** The wizard's two pages: which column is which field, then what each row will do. */
    public enum Step { COLUMNS, PREVIEW }

    public MemberImportViewModel(MemberImportService imports, UiExecutor executor, Messages messages) {
        this.imports = imports;
        this.executor = executor;
        this.messages = messages;
        sheet.addListener((obs, old, now) -> {
            if (now != null && !loadingSheet && file.get() != null) {
                loadSheet(now);
            }
        });
    }

    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    public ObservableList<String> sheets() { return sheets; }
    public ObjectProperty<String> sheetProperty() { return sheet; }
    public ObservableList<MappingLine> mapping() { return mapping; }
    public ObservableList<PreviewRow> rows() { return rows; }
    public ReadOnlyObjectProperty<ImportPreview> previewProperty() { return preview.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty convertedProperty() { return converted.getReadOnlyProperty(); }
    /** Which official list layout was recognised (Mẫu 7-HSĐV), else "". */
    public ReadOnlyStringProperty formProperty() { return form.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ImportResult> resultProperty() { return result.getReadOnlyProperty(); }
    /** The chi bộ the register knows, offered for the new members. */
    public ObservableList<String> subBranches() { return subBranches; }
    /** Where new members go whose row names no chi bộ (null: nowhere, as before). */
    public ObjectProperty<String> subBranchForNewProperty() { return subBranchForNew; }
    /** The page shown: the columns, or (after "Xem trước") the rows. */
    public ReadOnlyObjectProperty<Step> stepProperty() { return step.getReadOnlyProperty(); }

    /** Back to the columns page (to correct the mapping and preview again). */
    public void showColumns() {
        step.set(Step.COLUMNS);
    }

    /** Opens {@code path}: lists its sheets and finds the table in the first sheet that has one. */
    public void open(Path path) {
        file.set(path);
        clearPreview();
        run(p -> {
            List<String> names = imports.sheets(path);
            SheetLayout found = imports.layout(path, null);
            return new Opened(names, found, imports.mappingFor(found), imports.subBranches());
        }, opened -> {
            subBranches.setAll(opened.subBranches());
            loadingSheet = true;
            sheets.setAll(opened.sheets());
            sheet.set(opened.layout().sheet());
            loadingSheet = false;
            showLayout(opened.layout(), opened.mapping());
        });
    }

    private record Opened(List<String> sheets, SheetLayout layout, Map<Integer, ColumnField> mapping, List<String> subBranches) {
    }

    private void loadSheet(String name) {
        Path path = file.get();
        clearPreview();
        run(p -> {
            SheetLayout found = imports.layout(path, name);
            return new Opened(List.of(), found, imports.mappingFor(found), List.copyOf(subBranches));
        }, opened -> showLayout(opened.layout(), opened.mapping()));
    }

    private void showLayout(SheetLayout found, Map<Integer, ColumnField> map) {
        layout = found;
        mapping.clear();
        for (SheetColumn c : found.columns()) {
            Integer same = map.get(c.index()) == null && c.suggested() != null ? SheetLayout.clash(map, c.index(), c.suggested()) : null;
            String note = same != null ? messages.get("import.column.sameFieldAs", SheetColumn.letter(same))
                    : c.header().isEmpty() ? messages.get("import.column.noHeader") : "";
            mapping.add(new MappingLine(c, map.get(c.index()), note));
        }
        form.set(found.officialRegister() ? messages.get("import.wizard.form") : "");
        converted.set(found.convertedColumns().isEmpty() ? "" : messages.get("import.wizard.converted",
                String.join(", ", found.convertedColumns().stream().map(c -> c.letter() + " (" + c.header() + ", "
                        + messages.label(c.encoding()) + ")").toList())));
    }

    private Map<Integer, ColumnField> currentMapping() {
        Map<Integer, ColumnField> map = new LinkedHashMap<>();
        for (MappingLine line : mapping) {
            if (line.fieldProperty().get() != null && line.fieldProperty().get() != ColumnField.IGNORED) {
                map.put(line.column().index(), line.fieldProperty().get());
            }
        }
        return map;
    }

    /** Reads every row under the current mapping and shows what the import would do; writes nothing. */
    public void preview() {
        if (layout == null) {
            return;
        }
        Path path = file.get();
        SheetLayout l = layout;
        Map<Integer, ColumnField> map = currentMapping();
        run(p -> imports.preview(path, l, map, p), done -> {
            preview.set(done);
            step.set(Step.PREVIEW);
            rows.setAll(done.rows());
            long toComplete = done.rows().stream().filter(r -> r.importable() && !r.followUps().isEmpty()).count();
            summary.set(messages.get("import.wizard.summary", done.rows().size(), done.count(RowState.NEW),
                    done.count(RowState.UPDATE), done.count(RowState.DUPLICATE), done.count(RowState.ERROR))
                    + (toComplete == 0 ? "" : " " + messages.get("import.wizard.summary.toComplete", toComplete)));
        });
    }

    /** Imports the good rows of the preview in one transaction and remembers the mapping for this shape. */
    public void commit() {
        ImportPreview p0 = preview.get();
        if (p0 == null) {
            return;
        }
        String chiBo = subBranchForNew.get();
        run(p -> {
            ImportResult r = imports.commit(p0, chiBo, p);
            imports.rememberMapping(p0.layout(), p0.mapping());
            return r;
        }, r -> {
            result.set(r);
            summary.set(messages.get("import.wizard.done", r.imported(), r.updated(), r.rejectedRows())
                    + " " + messages.get("import.wizard.workListHint"));
        });
    }

    /** Saves the rows that will not be imported, with a "Lỗi" column, to {@code target}. */
    public void saveErrorReport(Path target) {
        ImportPreview p0 = preview.get();
        if (p0 == null) {
            return;
        }
        run(p -> imports.saveErrorReport(p0, target, messages),
                n -> summary.set(messages.get("import.wizard.reportSaved", n, target.getFileName().toString())));
    }

    /**
     * "Dừng": asks the running step to stop. It stops at its next check (a row, a batch), a commit rolling back
     * whole; the wizard says so once it has ("Đã dừng; sổ đảng viên không thay đổi"). Nothing happens when nothing
     * runs. The wizard closed while a step runs stops it the same way.
     */
    public void cancel() {
        if (running != null && !stopRequested) {
            stopRequested = true;
            summary.set(messages.get("import.wizard.stopping"));
        }
    }

    /** The fields an update changes, one line each: "Chức vụ: Phó phòng → Trưởng phòng". */
    public String changesText(PreviewRow row) {
        return String.join("\n", row.changes().stream().map(c -> messages.get("import.wizard.change",
                messages.get("field." + c.field()), value(c.before()), value(c.after()))).toList());
    }

    private String value(Object v) {
        if (v == null) {
            return messages.get("audit.value.empty");
        }
        if (v instanceof java.time.LocalDate d) {
            return vn.sochibo.common.Formats.date(d);
        }
        return v instanceof Enum<?> e ? messages.label(e) : v.toString();
    }

    /** The label of a row's state, for the preview table. */
    public String stateText(PreviewRow row) {
        return messages.label(row.state());
    }

    /** Every problem of a row as "C: message" lines. */
    public String problemsText(PreviewRow row) {
        return String.join("\n", row.problems().stream()
                .map(p -> (p.column() == null ? "" : p.column() + ": ") + messages.describe(p.problem())).toList());
    }

    /** The status the row's member will have, for the preview table ("" when the row is left out). */
    public String statusText(PreviewRow row) {
        return row.importable() && row.status() != null ? messages.label(row.status()) : "";
    }

    /** What the import inferred for the row or found missing: the lines it puts on the work list. */
    public String toCompleteText(PreviewRow row) {
        return String.join("\n", row.followUps().stream().map(messages::describe).toList());
    }

    public String fieldLabel(ColumnField field) {
        return messages.label(field);
    }

    private void clearPreview() {
        preview.set(null);
        form.set("");
        rows.clear();
        summary.set("");
        problem.set("");
    }

    private <T> void run(UiExecutor.Work<T> work, java.util.function.Consumer<T> onSuccess) {
        busy.set(true);
        problem.set("");
        progress.set(-1);
        stopRequested = false;
        running = executor.submit(p -> work.run(new ProgressListener() {
            @Override
            public void worked(long done, long total) {
                p.worked(done, total);
            }

            @Override
            public boolean cancelled() {
                return stopRequested || p.cancelled();
            }
        }), value -> {
            running = null;
            busy.set(false);
            progress.set(1);
            onSuccess.accept(value);
        }, failure -> {
            running = null;
            busy.set(false);
            progress.set(0);
            if (failure instanceof CancellationException) {
                summary.set(messages.get("import.wizard.cancelled"));
            } else {
                problem.set(messages.describe(failure));
            }
        });
    }
}
