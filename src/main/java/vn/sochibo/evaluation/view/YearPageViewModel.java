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
    private final SaveCommand saving;
    private final Messages messages;

    private final StringProperty rollDate = new SimpleStringProperty(this, "rollDate", "");
    private final ObservableList<MeetingSummary> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<MeetingSummary> meeting = new SimpleObjectProperty<>(this, "meeting");
    private final StringProperty reviewDate = new SimpleStringProperty(this, "reviewDate", "");
    private final StringProperty voteBase = new SimpleStringProperty(this, "voteBase", "");
    private final StringProperty reportNumber = new SimpleStringProperty(this, "reportNumber", "");
    private final StringProperty capReason = new SimpleStringProperty(this, "capReason", "");
    private final StringProperty points = new SimpleStringProperty(this, "points", "");
    private final GradeInputs grade = new GradeInputs();
    private final ObservableList<ChecklistRow> checklist = FXCollections.observableArrayList(
            r -> new Observable[] {r.achievedProperty()});
    private final ReadOnlyStringWrapper computed = new ReadOnlyStringWrapper(this, "computed", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    private YearDetail detail;

    public YearPageViewModel(EvaluationService evaluations, UiExecutor executor, Messages messages) {
        this.evaluations = evaluations;
        this.saving = new SaveCommand(executor, messages);
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
    /** The chi bộ's task figures, its proposal and the decision above. */
    public GradeInputs grade() { return grade; }
    public ObservableList<ChecklistRow> checklist() { return checklist; }
    /** The grade the rules give the chi bộ as stored, with the working. */
    public ReadOnlyStringProperty computedProperty() { return computed.getReadOnlyProperty(); }
    /** "Đạt “Chi bộ 4 tốt”" and the like, as the items are marked. */
    public ReadOnlyStringProperty outcomeProperty() { return outcome.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return saving.problemProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return saving.busyProperty(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }

    /** Fills the page from a year and the meetings that could be its review; {@code null} empties it. */
    public void load(YearDetail year, List<MeetingSummary> candidates) {
        detail = year;
        loaded.set(year != null);
        saving.problem("");
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
        grade.load(b.tasks(), b.proposed(), b.overrideReason(), b.decided(), b.decidedDate(), b.decidedRef(), messages);
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
        if (detail == null || saving.busy()) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        MeetingSummary m = meeting.get();
        YearHeader header = new YearHeader(FormInput.date(rollDate.get(), "evaluation.rollDate", problems),
                m == null ? null : m.id(), FormInput.date(reviewDate.get(), "evaluation.reviewDate", problems),
                m == null ? FormInput.whole(voteBase.get(), "evaluation.voteBase", problems) : null,
                FormInput.whole(reportNumber.get(), "evaluation.reportNumber", problems), capReason.get());
        BranchGradeDraft branch = new BranchGradeDraft(FormInput.decimal(points.get(), "evaluation.branchPoints", problems),
                grade.tasks(problems), grade.proposedProperty().get(), grade.overrideReasonProperty().get(),
                grade.decidedProperty().get(), grade.decidedDate(problems), grade.decidedRefProperty().get());
        List<ChecklistItem> items = checklist.stream().map(ChecklistRow::item).toList();
        if (!problems.isEmpty()) {
            saving.problem(EvaluationTexts.problems(messages, problems));
            return;
        }
        long id = detail.year().id();
        saving.run(() -> evaluations.saveYearPage(id, header, branch, items), onSaved);
    }
}
