package vn.sochibo.dues.view;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Messages;
import vn.sochibo.dues.BasisLine;
import vn.sochibo.dues.service.DuesImportService;
import vn.sochibo.ui.UiExecutor;

/**
 * Importing dues bases from an .xlsx: the preview of every row (matched member, what was read, problems) and the
 * import of the good rows in one transaction (src/site/rules.md, "Đảng phí"). FX thread; reading in the background.
 */
public final class BasisImportViewModel {

    private final DuesImportService imports;
    private final UiExecutor executor;
    private final Messages messages;
    private final ObservableList<BasisLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(this, "canImport");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Path file;

    public BasisImportViewModel(DuesImportService imports, UiExecutor executor, Messages messages) {
        this.imports = imports;
        this.executor = executor;
        this.messages = messages;
    }

    public ObservableList<BasisLine> lines() { return lines; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canImportProperty() { return canImport.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** Reads {@code chosen} and shows what would be imported. */
    public void preview(Path chosen) {
        this.file = chosen;
        busy.set(true);
        canImport.set(false);
        executor.submit(progress -> imports.preview(chosen), read -> {
            busy.set(false);
            problem.set("");
            lines.setAll(read);
            long ok = read.stream().filter(BasisLine::ok).count();
            summary.set(messages.get("dues.import.summary", chosen.getFileName().toString(), read.size(), ok, read.size() - ok));
            canImport.set(ok > 0);
        }, failure -> {
            busy.set(false);
            lines.clear();
            summary.set("");
            problem.set(messages.describe(failure));
        });
    }

    /** Imports the good rows of the preview; {@code onDone} gets how many were stored. */
    public void importGoodRows(java.util.function.IntConsumer onDone) {
        List<BasisLine> preview = List.copyOf(lines);
        String name = file.getFileName().toString();
        busy.set(true);
        executor.submit(progress -> imports.commit(preview, name), n -> {
            busy.set(false);
            canImport.set(false);
            summary.set(messages.get("dues.import.done", n));
            onDone.accept(n);
        }, failure -> {
            busy.set(false);
            problem.set(messages.describe(failure));
        });
    }

    /** A line's problems, or "Nhập được". */
    public String status(BasisLine line) {
        return line.ok() ? messages.get("dues.import.ok")
                : line.problems().stream().map(messages::describe).collect(Collectors.joining("; "));
    }

    /** What was read, as the clerk would say it. */
    public String basisText(BasisLine line) {
        if (line.basis() == null || line.basis().kind() == null) {
            return "";
        }
        var b = line.basis();
        String amount = b.base() != null ? vn.sochibo.dues.Dong.format(b.base()) : b.region() != null ? messages.label(b.region()) : "";
        return messages.get("dues.doc.kind." + b.kind().name()) + (amount.isEmpty() ? "" : " · " + amount)
                + (b.from() == null ? "" : " · " + messages.get("dues.import.from", b.from()));
    }
}
