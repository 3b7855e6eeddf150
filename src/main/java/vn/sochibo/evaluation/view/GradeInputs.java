package vn.sochibo.evaluation.view;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.sochibo.common.Messages;
import vn.sochibo.common.Problem;
import vn.sochibo.evaluation.Grade;
import vn.sochibo.evaluation.TaskFigures;

/**
 * What the member form and the chi bộ page both have: the task figures, the grade proposed (with the reason when it
 * differs from the computed one) and the grade decided above with its date and number, as typed. FX thread only.
 */
public final class GradeInputs {

    private final StringProperty completed = new SimpleStringProperty(this, "completed", "");
    private final StringProperty onTime = new SimpleStringProperty(this, "onTime", "");
    private final StringProperty exceeding = new SimpleStringProperty(this, "exceeding", "");
    private final ObjectProperty<Boolean> fixed = new SimpleObjectProperty<>(this, "fixed");
    private final ObjectProperty<Grade> proposed = new SimpleObjectProperty<>(this, "proposed");
    private final StringProperty overrideReason = new SimpleStringProperty(this, "overrideReason", "");
    private final ObjectProperty<Grade> decided = new SimpleObjectProperty<>(this, "decided");
    private final StringProperty decidedDate = new SimpleStringProperty(this, "decidedDate", "");
    private final StringProperty decidedRef = new SimpleStringProperty(this, "decidedRef", "");

    public StringProperty completedProperty() { return completed; }
    public StringProperty onTimeProperty() { return onTime; }
    public StringProperty exceedingProperty() { return exceeding; }
    public ObjectProperty<Boolean> fixedProperty() { return fixed; }
    public ObjectProperty<Grade> proposedProperty() { return proposed; }
    public StringProperty overrideReasonProperty() { return overrideReason; }
    public ObjectProperty<Grade> decidedProperty() { return decided; }
    public StringProperty decidedDateProperty() { return decidedDate; }
    public StringProperty decidedRefProperty() { return decidedRef; }

    /** Every input, to listen to. */
    Observable[] observables() {
        return new Observable[] {completed, onTime, exceeding, fixed, proposed, overrideReason, decided, decidedDate,
                decidedRef};
    }

    /** Fills the inputs from what is stored. */
    void load(TaskFigures tasks, Grade proposedGrade, String reason, Grade decidedGrade, LocalDate date, String ref,
              Messages messages) {
        completed.set(FormInput.show(tasks.completedPercent(), messages));
        onTime.set(FormInput.show(tasks.onTimePercent(), messages));
        exceeding.set(FormInput.show(tasks.exceedingPercent(), messages));
        fixed.set(tasks.shortcomingsFixed());
        proposed.set(proposedGrade);
        overrideReason.set(reason == null ? "" : reason);
        decided.set(decidedGrade);
        decidedDate.set(FormInput.show(date));
        decidedRef.set(ref == null ? "" : ref);
    }

    /** The task figures as typed; what cannot be read is added to {@code problems}. */
    TaskFigures tasks(List<Problem> problems) {
        return new TaskFigures(FormInput.decimal(completed.get(), "evaluation.completedPercent", problems),
                FormInput.decimal(onTime.get(), "evaluation.onTimePercent", problems),
                FormInput.decimal(exceeding.get(), "evaluation.exceedingPercent", problems), fixed.get());
    }

    /** The date of the decision above as typed; an unreadable date is added to {@code problems}. */
    LocalDate decidedDate(List<Problem> problems) {
        return FormInput.date(decidedDate.get(), "evaluation.decidedDate", problems);
    }
}
