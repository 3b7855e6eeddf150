package vn.sochibo.evaluation.view;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Messages;
import vn.sochibo.common.Problem;
import vn.sochibo.evaluation.CriterionScore;
import vn.sochibo.evaluation.Discipline;
import vn.sochibo.evaluation.EntryDraft;
import vn.sochibo.evaluation.EntryRecord;
import vn.sochibo.evaluation.EntryRules;
import vn.sochibo.evaluation.EvaluationTexts;
import vn.sochibo.evaluation.FormKind;
import vn.sochibo.evaluation.GradeResult;
import vn.sochibo.evaluation.GradeRules;
import vn.sochibo.evaluation.GradeSettings;
import vn.sochibo.evaluation.GradeVote;
import vn.sochibo.evaluation.Line;
import vn.sochibo.evaluation.Participation;
import vn.sochibo.evaluation.Score;
import vn.sochibo.evaluation.ScorePart;
import vn.sochibo.evaluation.TaskFigures;
import vn.sochibo.evaluation.Violations;
import vn.sochibo.evaluation.service.EntryState;
import vn.sochibo.evaluation.service.EvaluationDefaults;
import vn.sochibo.evaluation.service.EvaluationService;
import vn.sochibo.evaluation.service.YearDetail;
import vn.sochibo.ui.UiExecutor;

/**
 * The form of one member's evaluation: what the clerk types, the grade the rules give worked out as they type, and
 * the save. FX thread only; the save runs through the executor.
 */
public final class EntryFormViewModel {

    /** One criteria group's points as typed. */
    public static final class GroupInput {
        private final ScorePart part;
        private final String title;
        private final StringProperty points = new SimpleStringProperty(this, "points", "");

        GroupInput(ScorePart part, String title, String points) {
            this.part = part;
            this.title = title;
            this.points.set(points);
        }

        public ScorePart part() {
            return part;
        }

        public String title() {
            return title;
        }

        public StringProperty pointsProperty() {
            return points;
        }
    }

    private final EvaluationService evaluations;
    private final SaveCommand saving;
    private final Messages messages;

    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper participation = new ReadOnlyStringWrapper(this, "participation", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper evaluable = new ReadOnlyBooleanWrapper(this, "evaluable");
    private final ReadOnlyBooleanWrapper away = new ReadOnlyBooleanWrapper(this, "away");
    private final BooleanProperty excluded = new SimpleBooleanProperty(this, "excluded");
    private final StringProperty excludedReason = new SimpleStringProperty(this, "excludedReason", "");
    private final ObjectProperty<FormKind> form = new SimpleObjectProperty<>(this, "form");
    private final BooleanProperty byGroups = new SimpleBooleanProperty(this, "byGroups");
    private final StringProperty common = new SimpleStringProperty(this, "common", "");
    private final StringProperty tasks = new SimpleStringProperty(this, "tasks", "");
    private final ObservableList<GroupInput> groups = FXCollections.observableArrayList(
            g -> new Observable[] {g.pointsProperty()});
    private final ObjectProperty<Discipline> discipline = new SimpleObjectProperty<>(this, "discipline", Discipline.NONE);
    private final StringProperty disciplineDate = new SimpleStringProperty(this, "disciplineDate", "");
    private final StringProperty disciplineRef = new SimpleStringProperty(this, "disciplineRef", "");
    private final BooleanProperty degraded = new SimpleBooleanProperty(this, "degraded");
    private final BooleanProperty prohibitions = new SimpleBooleanProperty(this, "prohibitions");
    private final StringProperty hostComment = new SimpleStringProperty(this, "hostComment", "");
    private final StringProperty branchComment = new SimpleStringProperty(this, "branchComment", "");
    private final StringProperty votesFor = new SimpleStringProperty(this, "votesFor", "");
    private final StringProperty votesAgainst = new SimpleStringProperty(this, "votesAgainst", "");
    private final StringProperty votesOther = new SimpleStringProperty(this, "votesOther", "");
    private final GradeInputs grade = new GradeInputs();
    private final ReadOnlyStringWrapper computed = new ReadOnlyStringWrapper(this, "computed", "");
    private final ReadOnlyStringWrapper votesHint = new ReadOnlyStringWrapper(this, "votesHint", "");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper(this, "warnings", "");

    private EntryRecord entry;
    private GradeSettings settings;
    private Integer voteBase;
    private Integer voters;
    private int year;
    private boolean filling;

    public EntryFormViewModel(EvaluationService evaluations, UiExecutor executor, Messages messages) {
        this.evaluations = evaluations;
        this.saving = new SaveCommand(executor, messages);
        this.messages = messages;
        for (Observable o : new Observable[] {common, tasks, groups, byGroups, discipline, disciplineDate, degraded,
                prohibitions, excluded, excludedReason, votesFor, votesAgainst, votesOther, hostComment, form}) {
            o.addListener(x -> recompute());
        }
        for (Observable o : grade.observables()) {
            o.addListener(x -> recompute());
        }
    }

    // --- state the view binds to ---

    public ReadOnlyStringProperty nameProperty() { return name.getReadOnlyProperty(); }
    public ReadOnlyStringProperty participationProperty() { return participation.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty evaluableProperty() { return evaluable.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty awayProperty() { return away.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return saving.busyProperty(); }
    public BooleanProperty excludedProperty() { return excluded; }
    public StringProperty excludedReasonProperty() { return excludedReason; }
    public ObjectProperty<FormKind> formProperty() { return form; }
    public BooleanProperty byGroupsProperty() { return byGroups; }
    public StringProperty commonProperty() { return common; }
    public StringProperty tasksProperty() { return tasks; }
    public ObservableList<GroupInput> groups() { return groups; }
    public ObjectProperty<Discipline> disciplineProperty() { return discipline; }
    public StringProperty disciplineDateProperty() { return disciplineDate; }
    public StringProperty disciplineRefProperty() { return disciplineRef; }
    public BooleanProperty degradedProperty() { return degraded; }
    public BooleanProperty prohibitionsProperty() { return prohibitions; }
    public StringProperty hostCommentProperty() { return hostComment; }
    public StringProperty branchCommentProperty() { return branchComment; }
    public StringProperty votesForProperty() { return votesFor; }
    public StringProperty votesAgainstProperty() { return votesAgainst; }
    public StringProperty votesOtherProperty() { return votesOther; }
    /** The task figures, the proposal and the decision above. */
    public GradeInputs grade() { return grade; }
    /** The grade the rules give with the figures as typed, and the working. */
    public ReadOnlyStringProperty computedProperty() { return computed.getReadOnlyProperty(); }
    /** "N = 9: cần ít nhất 5 đồng chí tán thành". */
    public ReadOnlyStringProperty votesHintProperty() { return votesHint.getReadOnlyProperty(); }
    /** Warnings of the entry as typed (not blocking). */
    public ReadOnlyStringProperty warningsProperty() { return warnings.getReadOnlyProperty(); }
    /** Why the last save was refused, or empty. */
    public ReadOnlyStringProperty problemProperty() { return saving.problemProperty(); }

    // --- commands ---

    /** Fills the form with {@code view} of the year {@code detail}; {@code null} empties it. */
    public void load(EntryState view, YearDetail detail) {
        filling = true;
        try {
            entry = view == null ? null : view.entry();
            loaded.set(view != null);
            saving.problem("");
            settings = detail == null ? null : detail.settings();
            voteBase = detail == null ? null : detail.voteBase();
            voters = detail == null ? null : detail.voters();
            year = detail == null ? 0 : detail.year().year();
            EntryDraft d = entry == null ? EntryDraft.EMPTY : entry.draft();
            name.set(entry == null ? "" : entry.fullName());
            participation.set(entry == null ? "" : messages.label(entry.participation()));
            evaluable.set(entry != null && entry.roll().evaluated());
            away.set(entry != null && entry.roll() == Participation.AWAY);
            excluded.set(d.excludedReason() != null);
            excludedReason.set(text(d.excludedReason()));
            form.set(d.formKind());
            byGroups.set(d.score().mode() == vn.sochibo.evaluation.ScoreMode.GROUPS);
            common.set(FormInput.show(d.score().common(), messages));
            tasks.set(FormInput.show(d.score().tasks(), messages));
            List<GroupInput> inputs = new ArrayList<>();
            for (CriterionScore g : d.score().groups()) {
                inputs.add(new GroupInput(g.part(), g.title(), FormInput.show(g.points(), messages)));
            }
            for (CriterionScore g : EvaluationDefaults.criteria()) {
                if (inputs.stream().noneMatch(i -> i.title().equals(g.title()))) {
                    inputs.add(new GroupInput(g.part(), g.title(), ""));
                }
            }
            inputs.sort(java.util.Comparator.comparing(GroupInput::part)); // stable: common first, in their order
            groups.setAll(inputs);
            grade.load(d.tasks(), d.proposed(), d.overrideReason(), d.decided(), d.decidedDate(), d.decidedRef(), messages);
            discipline.set(d.violations().discipline());
            disciplineDate.set(FormInput.show(d.violations().disciplineDate()));
            disciplineRef.set(text(d.violations().disciplineRef()));
            degraded.set(d.violations().degraded());
            prohibitions.set(d.violations().brokeProhibitions());
            hostComment.set(text(d.hostComment()));
            branchComment.set(text(d.branchComment()));
            votesFor.set(d.vote() == null ? "" : String.valueOf(d.vote().votesFor()));
            votesAgainst.set(d.vote() == null ? "" : String.valueOf(d.vote().votesAgainst()));
            votesOther.set(d.vote() == null ? "" : String.valueOf(d.vote().votesOther()));
            votesHint.set(voteBase == null ? messages.get("evaluation.form.votes.noBase")
                    : messages.get("evaluation.form.votes.base", voteBase, GradeVote.RULE.votesNeeded(voteBase)));
        } finally {
            filling = false;
        }
        recompute();
    }

    /** Takes the computed grade as the chi bộ's proposal. */
    public void proposeComputed() {
        GradeResult result = result(new ArrayList<>());
        if (result != null && result.grade() != null) {
            grade.proposedProperty().set(result.grade());
        }
    }

    /**
     * Stores the form in the background; {@code onSaved} runs on the FX thread afterwards. When something is wrong,
     * {@link #problemProperty()} says what and where, and nothing is stored.
     */
    public void save(Runnable onSaved) {
        if (entry == null || saving.busy()) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        EntryDraft draft = draft(problems);
        if (!problems.isEmpty()) {
            saving.problem(EvaluationTexts.problems(messages, problems));
            return;
        }
        long id = entry.id();
        saving.run(() -> evaluations.saveEntry(id, draft), onSaved);
    }

    /** The form as a draft; what cannot be read is added to {@code problems}. */
    EntryDraft draft(List<Problem> problems) {
        Score score;
        if (byGroups.get()) {
            List<CriterionScore> parts = new ArrayList<>();
            for (GroupInput g : groups) {
                parts.add(new CriterionScore(g.part(), g.title(), FormInput.decimal(g.pointsProperty().get(), "evaluation.criteria", problems)));
            }
            score = Score.byGroups(parts.stream().filter(p -> p.points() != null).toList());
        } else {
            score = Score.totals(FormInput.decimal(common.get(), "evaluation.commonPoints", problems),
                    FormInput.decimal(tasks.get(), "evaluation.taskPoints", problems));
        }
        TaskFigures figures = grade.tasks(problems);
        Violations violations = new Violations(discipline.get(), FormInput.date(disciplineDate.get(),
                "evaluation.disciplineDate", problems), disciplineRef.get(), degraded.get(), prohibitions.get());
        Integer f = FormInput.whole(votesFor.get(), "evaluation.votes", problems);
        Integer a = FormInput.whole(votesAgainst.get(), "evaluation.votes", problems);
        Integer o = FormInput.whole(votesOther.get(), "evaluation.votes", problems);
        GradeVote vote = f == null && a == null && o == null ? null
                : new GradeVote(f == null ? 0 : f, a == null ? 0 : a, o == null ? 0 : o);
        String reason = excluded.get() ? (excludedReason.get() == null || excludedReason.get().isBlank()
                ? null : excludedReason.get()) : null;
        if (excluded.get() && reason == null) {
            problems.add(Problem.error("evaluation.participation", "evaluation.problem.excludedReason"));
        }
        return new EntryDraft(reason, form.get(), score, figures, violations, hostComment.get(), branchComment.get(),
                grade.proposedProperty().get(), grade.overrideReasonProperty().get(), vote, grade.decidedProperty().get(),
                grade.decidedDate(problems), grade.decidedRefProperty().get());
    }

    private GradeResult result(List<Problem> problems) {
        if (entry == null) {
            return null;
        }
        EntryDraft draft = draft(problems);
        if (!draft.participation(entry.roll()).evaluated()) {
            return GradeResult.none(Line.of("evaluation.explain.notEvaluated", draft.participation(entry.roll())));
        }
        if (settings == null) {
            return GradeResult.none(Line.of("evaluation.explain.noRules"));
        }
        return GradeRules.grade(GradeRules.Input.member(draft.score(), draft.tasks(), draft.violations()), settings);
    }

    private void recompute() {
        if (filling) {
            return;
        }
        if (entry == null) {
            computed.set("");
            warnings.set("");
            return;
        }
        List<Problem> problems = new ArrayList<>();
        GradeResult result = result(problems);
        computed.set(EvaluationTexts.render(messages, result.explanation()));
        EntryDraft draft = draft(new ArrayList<>());
        problems.addAll(EntryRules.problems(draft, entry.roll(), year, settings, result, voters));
        if (draft.vote() != null && voteBase != null && draft.proposed() != null && !draft.vote().passed(voteBase)) {
            problems.add(Problem.warning("evaluation.votes", "evaluation.form.votes.failed", draft.vote().votesFor(), voteBase,
                    GradeVote.RULE.votesNeeded(voteBase)));
        }
        warnings.set(EvaluationTexts.problems(messages, problems));
    }


    private static String text(String value) {
        return value == null ? "" : value;
    }
}
