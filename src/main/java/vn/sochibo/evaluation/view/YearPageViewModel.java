package vn.sochibo.evaluation.view;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Messages;
import vn.sochibo.common.Problem;
import vn.sochibo.evaluation.BranchGradeDraft;
import vn.sochibo.evaluation.ChecklistItem;
import vn.sochibo.evaluation.EvaluationTexts;
import vn.sochibo.evaluation.Grade;
import vn.sochibo.evaluation.TaskFigures;
import vn.sochibo.evaluation.YearHeader;
import vn.sochibo.evaluation.service.EvaluationService;
import vn.sochibo.evaluation.service.YearDetail;
import vn.sochibo.meeting.MeetingSummary;
import vn.sochibo.ui.UiExecutor;

/**
 * The "Chi bộ" page of an evaluation year: the roll date, the review meeting (or its date and N), the report number,
 * the reason for keeping grades above the cap, the chi bộ's own grade and its "Chi bộ 4 tốt" checklist. Saved in one
 * transaction. FX thread only.
 */
public final class YearPageViewModel {

    /** One checklist item as edited. */
    public static final class ChecklistRow {
        private final StringProperty title = new SimpleStringProperty(this, "title", "");
        private final ObjectProperty<Boolean> achieved = new SimpleObjectProperty<>(this, "achieved");
        private final StringProperty note = new SimpleStringProperty(this, "note", "");

        ChecklistRow(ChecklistItem item) {
            title.set(item.title() == null ? "" : item.title());
            achieved.set(item.achieved());
            note.set(item.note() == null ? "" : item.note());
        }

        public StringProperty titleProperty() { return title; }
        public ObjectProperty<Boolean> achievedProperty() { return achieved; }
        public StringProperty noteProperty() { return note; }

        ChecklistItem item() {
            return new ChecklistItem(title.get(), achieved.get(), note.get());
        }
    }

    private final EvaluationService evaluations;
    private final UiExecutor executor;
    private final Messages messages;

    private final StringProperty rollDate = new SimpleStringProperty(this, "rollDate", "");
    private final ObservableList<MeetingSummary> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<MeetingSummary> meeting = new SimpleObjectProperty<>(this, "meeting");
    private final StringProperty reviewDate = new SimpleStringProperty(this, "reviewDate", "");
    private final StringProperty voteBase = new SimpleStringProperty(this, "voteBase", "");
    private final StringProperty reportNumber = new SimpleStringProperty(this, "reportNumber", "");
    private final StringProperty capReason = new SimpleStringProperty(this, "capReason", "");
    private final StringProperty points = new SimpleStringProperty(this, "points", "");
    private final StringProperty completed = new SimpleStringProperty(this, "completed", "");
    private final StringProperty onTime = new SimpleStringProperty(this, "onTime", "");
    private final StringProperty exceeding = new SimpleStringProperty(this, "exceeding", "");
    private final ObjectProperty<Boolean> fixed = new SimpleObjectProperty<>(this, "fixed");
    private final ObjectProperty<Grade> proposed = new SimpleObjectProperty<>(this, "proposed");
    private final StringProperty overrideReason = new SimpleStringProperty(this, "overrideReason", "");
    private final ObjectProperty<Grade> decided = new SimpleObjectProperty<>(this, "decided");
    private final StringProperty decidedDate = new SimpleStringProperty(this, "decidedDate", "");
    private final StringProperty decidedRef = new SimpleStringProperty(this, "decidedRef", "");
    private final ObservableList<ChecklistRow> checklist = FXCollections.observableArrayList(
            r -> new Observable[] {r.achievedProperty()});
    private final ReadOnlyStringWrapper computed = new ReadOnlyStringWrapper(this, "computed", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    private YearDetail detail;

    public YearPageViewModel(EvaluationService evaluations, UiExecutor executor, Messages messages) {
        this.evaluations = evaluations;
        this.executor = executor;
        this.messages = messages;
        checklist.addListener((javafx.collections.ListChangeListener<ChecklistRow>) c -> outcome.set(
                messages.label(ChecklistItem.outcome(checklist.stream().map(ChecklistRow::item).toList()))));
    }

    public StringProperty rollDateProperty() { return rollDate; }
    public ObservableList<MeetingSummary> meetings() { return meetings; }
    public ObjectProperty<MeetingSummary> meetingProperty() { return meeting; }
    public StringProperty reviewDateProperty() { return reviewDate; }
    public StringProperty voteBaseProperty() { return voteBase; }
    public StringProperty reportNumberProperty() { return reportNumber; }
    public StringProperty capReasonProperty() { return capReason; }
    public StringProperty pointsProperty() { return points; }
    public StringProperty completedProperty() { return completed; }
    public StringProperty onTimeProperty() { return onTime; }
    public StringProperty exceedingProperty() { return exceeding; }
    public ObjectProperty<Boolean> fixedProperty() { return fixed; }
    public ObjectProperty<Grade> proposedProperty() { return proposed; }
    public StringProperty overrideReasonProperty() { return overrideReason; }
    public ObjectProperty<Grade> decidedProperty() { return decided; }
    public StringProperty decidedDateProperty() { return decidedDate; }
    public StringProperty decidedRefProperty() { return decidedRef; }
    public ObservableList<ChecklistRow> checklist() { return checklist; }
    /** The grade the rules give the chi bộ as stored, with the working. */
    public ReadOnlyStringProperty computedProperty() { return computed.getReadOnlyProperty(); }
    /** "Đạt “Chi bộ 4 tốt”" and the like, as the items are marked. */
    public ReadOnlyStringProperty outcomeProperty() { return outcome.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }

    /** Fills the page from a year and the meetings that could be its review; {@code null} empties it. */
    public void load(YearDetail year, List<MeetingSummary> candidates) {
        detail = year;
        loaded.set(year != null);
        problem.set("");
        meetings.setAll(candidates);
        if (year == null) {
            checklist.clear();
            computed.set("");
            return;
        }
        YearHeader h = year.year().header();
        rollDate.set(FormInput.show(h.rollDate()));
        meeting.set(candidates.stream().filter(m -> h.reviewMeetingId() != null && m.id() == h.reviewMeetingId())
                .findFirst().orElse(null));
        reviewDate.set(FormInput.show(h.reviewDate()));
        voteBase.set(FormInput.show(h.voteBase()));
        reportNumber.set(FormInput.show(h.reportNumber()));
        capReason.set(h.capReason() == null ? "" : h.capReason());
        BranchGradeDraft b = year.year().branch();
        points.set(FormInput.show(b.points(), messages));
        completed.set(FormInput.show(b.tasks().completedPercent(), messages));
        onTime.set(FormInput.show(b.tasks().onTimePercent(), messages));
        exceeding.set(FormInput.show(b.tasks().exceedingPercent(), messages));
        fixed.set(b.tasks().shortcomingsFixed());
        proposed.set(b.proposed());
        overrideReason.set(b.overrideReason() == null ? "" : b.overrideReason());
        decided.set(b.decided());
        decidedDate.set(FormInput.show(b.decidedDate()));
        decidedRef.set(b.decidedRef() == null ? "" : b.decidedRef());
        checklist.setAll(year.checklist().stream().map(ChecklistRow::new).toList());
        computed.set(EvaluationTexts.render(messages, year.branchComputed().explanation()));
    }

    /** Adds an empty checklist item at the end. */
    public void addItem() {
        checklist.add(new ChecklistRow(new ChecklistItem("", null, null)));
    }

    /** Removes a checklist item. */
    public void removeItem(ChecklistRow row) {
        checklist.remove(row);
    }

    /** Stores the page in the background, all or nothing; {@code onSaved} runs on the FX thread afterwards. */
    public void save(Runnable onSaved) {
        if (detail == null || busy.get()) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        MeetingSummary m = meeting.get();
        YearHeader header = new YearHeader(FormInput.date(rollDate.get(), "evaluation.rollDate", problems),
                m == null ? null : m.id(), FormInput.date(reviewDate.get(), "evaluation.reviewDate", problems),
                m == null ? FormInput.whole(voteBase.get(), "evaluation.voteBase", problems) : null,
                FormInput.whole(reportNumber.get(), "evaluation.reportNumber", problems), capReason.get());
        BranchGradeDraft branch = new BranchGradeDraft(FormInput.decimal(points.get(), "evaluation.branchPoints", problems),
                new TaskFigures(FormInput.decimal(completed.get(), "evaluation.completedPercent", problems),
                        FormInput.decimal(onTime.get(), "evaluation.onTimePercent", problems),
                        FormInput.decimal(exceeding.get(), "evaluation.exceedingPercent", problems), fixed.get()),
                proposed.get(), overrideReason.get(), decided.get(),
                FormInput.date(decidedDate.get(), "evaluation.decidedDate", problems), decidedRef.get());
        List<ChecklistItem> items = checklist.stream().map(ChecklistRow::item).toList();
        if (!problems.isEmpty()) {
            problem.set(EvaluationTexts.problems(messages, problems));
            return;
        }
        long id = detail.year().id();
        busy.set(true);
        problem.set("");
        executor.submit(progress -> {
            evaluations.saveYearPage(id, header, branch, items);
            return id;
        }, saved -> {
            busy.set(false);
            onSaved.run();
        }, failure -> {
            busy.set(false);
            problem.set(EvaluationTexts.failure(messages, failure));
        });
    }
}
