package vn.sochibo.evaluation.view;

import java.nio.file.Path;
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
import vn.sochibo.evaluation.ChecklistItem;
import vn.sochibo.evaluation.EvaluationTexts;
import vn.sochibo.evaluation.Grade;
import vn.sochibo.evaluation.YearRecord;
import vn.sochibo.evaluation.YearTally;
import vn.sochibo.evaluation.service.EntryState;
import vn.sochibo.evaluation.service.EvaluationDocumentService;
import vn.sochibo.evaluation.service.EvaluationService;
import vn.sochibo.evaluation.service.YearDetail;
import vn.sochibo.meeting.MeetingSummary;
import vn.sochibo.ui.UiExecutor;

/**
 * The evaluation screen: a chi bộ and one of its years, the members with their grades, the year's sentence and
 * warnings, the statistics by year, and the commands (open a year, read the roll again, delete, export). The member
 * form and the "Chi bộ" page have their own view models. FX thread only; work runs through the executor.
 */
public final class EvaluationViewModel {

    private final EvaluationService evaluations;
    private final EvaluationDocumentService documents;
    private final UiExecutor executor;
    private final Messages messages;
    private final EntryFormViewModel form;
    private final YearPageViewModel page;

    private final ObservableList<String> issuers = FXCollections.observableArrayList();
    private final ObjectProperty<String> issuer = new SimpleObjectProperty<>(this, "issuer");
    private final ObservableList<YearRecord> years = FXCollections.observableArrayList();
    private final ObjectProperty<YearRecord> year = new SimpleObjectProperty<>(this, "year");
    private final StringProperty newYear = new SimpleStringProperty(this, "newYear", "");
    private final ObservableList<EntryState> entries = FXCollections.observableArrayList();
    private final ObservableList<String[]> history = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<YearDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper(this, "sentence", "");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper(this, "warnings", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper repeat = new ReadOnlyStringWrapper(this, "repeat", "");
    private final ReadOnlyStringWrapper wide = new ReadOnlyStringWrapper(this, "wide", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    private boolean loading;

    public EvaluationViewModel(EvaluationService evaluations, EvaluationDocumentService documents, UiExecutor executor,
                               Messages messages) {
        this.evaluations = evaluations;
        this.documents = documents;
        this.executor = executor;
        this.messages = messages;
        this.form = new EntryFormViewModel(evaluations, executor, messages);
        this.page = new YearPageViewModel(evaluations, executor, messages);
        newYear.set(String.valueOf(evaluations.today().getYear()));
        issuer.addListener((obs, was, now) -> {
            if (!loading) {
                loadYears(null);
            }
        });
        year.addListener((obs, was, now) -> {
            if (!loading) {
                loadDetail(null);
            }
        });
    }

    public EntryFormViewModel form() { return form; }
    public YearPageViewModel page() { return page; }
    public ObservableList<String> issuers() { return issuers; }
    public ObjectProperty<String> issuerProperty() { return issuer; }
    public ObservableList<YearRecord> years() { return years; }
    public ObjectProperty<YearRecord> yearProperty() { return year; }
    public StringProperty newYearProperty() { return newYear; }
    public ObservableList<EntryState> entries() { return entries; }
    /** The statistics by year of the chi bộ, one row per year (see {@link #historyRow}). */
    public ObservableList<String[]> history() { return history; }
    public ReadOnlyObjectProperty<YearDetail> detailProperty() { return detail.getReadOnlyProperty(); }
    /** The year's sentence for the report. */
    public ReadOnlyStringProperty sentenceProperty() { return sentence.getReadOnlyProperty(); }
    /** The year's warnings, one per line. */
    public ReadOnlyStringProperty warningsProperty() { return warnings.getReadOnlyProperty(); }
    /** Members failing two years running, over all the chi bộ's years, one per line (or that there are none). */
    public ReadOnlyStringProperty repeatProperty() { return repeat.getReadOnlyProperty(); }
    /** The top-grade cap over every chi bộ of the year shown (the đảng ủy's check), or empty. */
    public ReadOnlyStringProperty wideProperty() { return wide.getReadOnlyProperty(); }
    /** What the last command did or why it failed. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** Loads the chi bộ (the first selected) and its years, in the background. */
    public void load() {
        run(() -> evaluations.issuers(), list -> {
            loading = true;
            issuers.setAll(list);
            issuer.set(list.contains(issuer.get()) ? issuer.get() : list.isEmpty() ? null : list.get(0));
            loading = false;
            loadYears(year.get() == null ? null : year.get().id());
        });
    }

    /** Opens the typed year for the selected chi bộ (or shows it when it is open already). */
    public void openYear() {
        String chiBo = issuer.get();
        int wanted;
        try {
            wanted = Integer.parseInt(newYear.get().strip());
        } catch (NumberFormatException e) {
            message.set(messages.get("evaluation.problem.notAWholeNumber", newYear.get()));
            return;
        }
        run(() -> evaluations.open(chiBo, wanted), id -> {
            message.set(messages.get("evaluation.view.opened", wanted, chiBo));
            loadYears(id);
        });
    }

    /** Reads the roll again from the register and says what changed. */
    public void refreshRoll() {
        YearRecord y = year.get();
        if (y == null) {
            return;
        }
        run(() -> evaluations.refreshRoll(y.id()), change -> {
            message.set(messages.get("evaluation.view.rollRead", change.added().size(), change.removed().size(),
                    String.join(", ", change.keptLeft())));
            loadDetail(null);
        });
    }

    /** Deletes the year shown (opened by mistake), with the reason for the change log. */
    public void deleteYear(String reason) {
        YearRecord y = year.get();
        if (y == null) {
            return;
        }
        run(() -> {
            evaluations.deleteYear(y.id(), reason);
            return y.id();
        }, id -> {
            message.set(messages.get("evaluation.view.deleted", y.year()));
            loadYears(null);
        });
    }

    /** Writes the list of proposed grades of the year shown. */
    public void exportList(Path file) {
        export(file, true);
    }

    /** Writes the report of the year shown. */
    public void exportReport(Path file) {
        export(file, false);
    }

    /** Reloads the year shown and selects {@code entryId} again (after a save). */
    public void reload(Long entryId) {
        loadDetail(entryId);
    }

    /** The file name offered for an export ("danh-sach-xep-loai-2025.xlsx"). */
    public String suggestedName(boolean list) {
        YearRecord y = year.get();
        return messages.get(list ? "evaluation.view.listFile" : "evaluation.view.reportFile", y == null ? "" : String.valueOf(y.year()));
    }

    /** The label of a year in the year box. */
    public String yearLabel(YearRecord y) {
        return y == null ? "" : messages.get("evaluation.view.yearLabel", String.valueOf(y.year()));
    }

    /** The label of a meeting in the review box: "05/11/2026 – Sinh hoạt chi bộ thường kỳ tháng 11". */
    public String meetingLabel(MeetingSummary m) {
        return m == null ? messages.get("evaluation.page.noMeeting")
                : vn.sochibo.common.Formats.date(m.date()) + " – " + m.subject();
    }

    /** A table cell of an entry: the computed, proposed, decided grade or the vote. */
    public String cell(EntryState e, String column) {
        var d = e.entry().draft();
        return switch (column) {
            case "participation" -> messages.label(e.entry().participation());
            case "form" -> d.formKind() == null ? "" : d.formKind().code();
            case "total" -> EvaluationTexts.decimal(messages, d.score().total());
            case "computed" -> shortLabel(e.computed().grade());
            case "proposed" -> shortLabel(d.proposed());
            case "vote" -> d.vote() == null ? "" : d.vote().votesFor() + (e.votePassed() == null ? ""
                    : (e.votePassed() ? " ✓" : " ✗"));
            case "decided" -> shortLabel(d.decided());
            case "flags" -> e.problems().isEmpty() ? "" : messages.get("evaluation.view.flagCount", e.problems().size());
            default -> "";
        };
    }

    private String shortLabel(Grade g) {
        return g == null ? "" : messages.get("evaluation.grade.short." + g.name());
    }

    private void export(Path file, boolean list) {
        YearRecord y = year.get();
        if (y == null) {
            return;
        }
        run(() -> {
            if (list) {
                documents.exportList(y.id(), file);
            } else {
                documents.exportReport(y.id(), file);
            }
            return file;
        }, written -> message.set(messages.get("evaluation.view.written", written.getFileName().toString())));
    }

    private void loadYears(Long select) {
        String chiBo = issuer.get();
        if (chiBo == null) {
            show(null, List.of(), List.of(), null);
            return;
        }
        run(() -> evaluations.years(chiBo), list -> {
            loading = true;
            years.setAll(list);
            YearRecord chosen = list.stream().filter(y -> select != null && y.id() == select).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            year.set(chosen);
            loading = false;
            loadDetail(null);
        });
    }

    private record Loaded(YearDetail detail, List<MeetingSummary> meetings, List<YearDetail> history,
                          EvaluationService.WideCap wide) {
    }

    private void loadDetail(Long selectEntry) {
        YearRecord y = year.get();
        String chiBo = issuer.get();
        run(() -> {
            List<YearDetail> all = chiBo == null ? List.of() : evaluations.history(chiBo);
            YearDetail shown = y == null ? null : all.stream().filter(d -> d.year().id() == y.id()).findFirst()
                    .orElseGet(() -> evaluations.detail(y.id()));
            return new Loaded(shown, y == null ? List.of() : evaluations.reviewMeetings(y.issuer(), y.year()), all,
                    y == null ? null : evaluations.wideCap(y.year()));
        }, loaded -> {
            show(loaded.detail(), loaded.meetings(), loaded.history(), selectEntry);
            EvaluationService.WideCap w = loaded.wide();
            wide.set(w == null || y == null ? "" : messages.get(w.cap().exceeded() ? "evaluation.stats.wideExceeded"
                    : "evaluation.stats.wide", y.year(), YearTally.count(w.chiBo()), w.cap().excellent(), w.cap().good(),
                    EvaluationTexts.decimal(messages, w.cap().capPercent()), w.cap().maxExcellent()));
        });
    }

    private void show(YearDetail d, List<MeetingSummary> meetings, List<YearDetail> h, Long selectEntry) {
        detail.set(d);
        entries.setAll(d == null ? List.of() : d.entries());
        sentence.set(d == null ? "" : EvaluationTexts.sentence(messages, d.tally().sentence()));
        warnings.set(d == null ? "" : EvaluationTexts.problems(messages, d.warnings()));
        page.load(d, meetings);
        List<String[]> rows = new ArrayList<>();
        for (YearDetail year : h) {
            rows.add(historyRow(year));
        }
        history.setAll(rows);
        List<String> flags = new ArrayList<>();
        for (YearDetail year : h) {
            year.repeat().forEach(f -> flags.add(messages.get("evaluation.warning.twoYears", f.fullName(), f.previousYear(), f.year())));
        }
        repeat.set(flags.isEmpty() ? messages.get("evaluation.stats.repeatNone") : String.join("\n", flags));
        EntryState selected = selectEntry == null || d == null ? null : d.entry(selectEntry);
        form.load(selected, d);
        selection.set(null); // an equal entry would not fire a change
        selection.set(selected);
    }

    private final ReadOnlyObjectWrapper<EntryState> selection = new ReadOnlyObjectWrapper<>(this, "selection");

    /** The entry to select after a reload (the one just saved), or null. */
    public ReadOnlyObjectProperty<EntryState> selectionProperty() { return selection.getReadOnlyProperty(); }

    /** Loads {@code entry} into the member form (the table's selection changed). */
    public void select(EntryState entry) {
        form.load(entry, detail.get());
    }

    /**
     * One row of the statistics: year, on roll, evaluated, HTXS, HTT, HT, KHT, ungraded, % HT or better, % HTT or
     * better, the chi bộ's grade, "Chi bộ 4 tốt".
     */
    public String[] historyRow(YearDetail d) {
        YearTally t = d.tally();
        Grade branch = d.year().branch().decided() != null ? d.year().branch().decided() : d.year().branch().proposed();
        return new String[] {String.valueOf(d.year().year()), String.valueOf(t.onRoll()), String.valueOf(t.evaluated()),
                String.valueOf(t.count(Grade.HTXS)), String.valueOf(t.count(Grade.HTT)), String.valueOf(t.count(Grade.HT)),
                String.valueOf(t.count(Grade.KHT)), String.valueOf(t.ungraded()),
                percent(t.ungraded() > 0 ? null : t.shareAtLeast(Grade.HT)),
                percent(t.ungraded() > 0 ? null : t.shareAtLeast(Grade.HTT)), shortLabel(branch),
                messages.label(ChecklistItem.outcome(d.checklist()))};
    }

    private String percent(java.math.BigDecimal share) {
        return share == null ? "" : EvaluationTexts.decimal(messages, share) + "%";
    }

    private <T> void run(vn.sochibo.ui.UiExecutor.Work<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        executor.submit(work, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            message.set(EvaluationTexts.failure(messages, failure));
        });
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        run(progress -> work.call(), done);
    }
}
